package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;

/** Shows a meeting with everything recorded at it. */
public interface ShowMeetingUseCase extends ReadOnlyUseCase {

  /**
   * Loads the meeting; changing what is returned changes nothing stored.
   *
   * @param command the meeting
   * @return the meeting with its plan, status, invitations and outcomes
   * @throws NotFoundException {@code meeting.not-found}
   */
  Meeting show(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
