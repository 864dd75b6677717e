package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.writeup.WriteUp;

/** Produces the write-up (sammenskrivning) of a held meeting, marking it written up. */
public interface ProduceWriteUpUseCase {

  WriteUp produce(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
