package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Optional;

/** Plans the circle's next meeting from this one: on the given date or after the circle's cadence, with the circle's members invited again and actors suggested to supplement it. */
public interface ScheduleFollowUpUseCase {

  /**
   * Plans the follow-up (opfølgning) like this meeting, with the same venue, hours, conveners and
   * agenda and the write-up promised as many days after it; invites the circle's members that are not
   * archived, and records the follow-up on this meeting.
   *
   * @param command the meeting and, optionally, the day of the next one
   * @return the new meeting's id and day, the actors invited again and the actors suggested
   * @throws RuleViolation {@code follow-up.no-cadence} when no day is given and the circle has no
   *     cadence, {@code follow-up.not-after} unless the day is after this meeting's,
   *     {@code follow-up.duplicate} when this meeting has a follow-up already,
   *     {@code invitation.after-start} when the new meeting would have started already,
   *     {@code meeting.status.step} unless this meeting is held or written up,
   *     {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed this meeting meanwhile; nothing is saved
   */
  FollowUp schedule(Command command);

  /**
   * What the use case needs.
   *
   * @param date the day of the next meeting; empty for the day the circle's cadence gives
   */
  record Command(MeetingId meeting, Optional<LocalDate> date) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(date, "date");
    }
  }
}
