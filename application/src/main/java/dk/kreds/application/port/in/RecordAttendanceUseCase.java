package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records who came (fremmøde), for any number of invitees at once. */
public interface RecordAttendanceUseCase {

  /**
   * Records each invitee as present or absent, replacing an earlier record; the first record marks the
   * meeting held. An invitee who declined may still come. All are recorded, or none.
   *
   * @param command the meeting and the attendance
   * @throws RuleViolation {@code invitation.missing} for an actor not invited, {@code attendance.value}
   *     for {@link Attendance#UNRECORDED}, {@code attendance.before-start} before the meeting starts,
   *     {@code meeting.status.step} unless the invitations are out or the meeting is held (not once
   *     it is written up), {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void record(Command command);

  /**
   * What the use case needs.
   *
   * @param attendance {@link Attendance#PRESENT} or {@link Attendance#ABSENT} per invited actor
   */
  record Command(MeetingId meeting, Map<ActorId, Attendance> attendance) {
    public Command {
      requireNonNull(meeting, "meeting");
      attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
    }
  }
}
