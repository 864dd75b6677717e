package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;

/** Shows a meeting with everything recorded at it. */
public interface ShowMeetingUseCase {

  Meeting show(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
