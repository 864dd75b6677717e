package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.MeetingId;
import java.time.LocalDate;
import java.util.Optional;

/** Plans the circle's next meeting from this one: on the given date or after the circle's cadence, with the circle's members invited again and actors suggested to supplement it. */
public interface ScheduleFollowUpUseCase {

  FollowUp schedule(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, Optional<LocalDate> date) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(date, "date");
    }
  }
}
