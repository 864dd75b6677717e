package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.MeetingId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records who came (fremmøde), for any number of invitees at once. */
public interface RecordAttendanceUseCase {

  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, Map<ActorId, Attendance> attendance) {
    public Command {
      requireNonNull(meeting, "meeting");
      attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
    }
  }
}
