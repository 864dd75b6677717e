package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.writeup.WriteUp;

/** Publishes a written-up meeting's write-up, dated today. */
public interface PublishWriteUpUseCase {

  WriteUp publish(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
