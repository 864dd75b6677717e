package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Opens a new revision of a published write-up. */
public interface ReviseWriteUpUseCase {

  /**
   * Takes the meeting back to written up with its revision raised by one, so its outcomes can be
   * changed and published again.
   *
   * @param command the meeting
   * @throws RuleViolation {@code meeting.status.step} unless the write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void revise(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
