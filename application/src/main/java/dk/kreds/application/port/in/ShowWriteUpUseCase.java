package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.writeup.WriteUp;

/**
 * Shows the write-up of a meeting as it stands, at any step: a preview before the meeting is written
 * up, or the write-up itself after. Reads only the actors the write-up names, in a field of any size.
 */
public interface ShowWriteUpUseCase extends ReadOnlyUseCase {

  /**
   * Summarises the meeting as {@link ProduceWriteUpUseCase#produce} would, and changes nothing.
   *
   * @param command the meeting
   * @return the write-up, with actors and persons by name
   * @throws NotFoundException {@code meeting.not-found}
   */
  WriteUp show(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
