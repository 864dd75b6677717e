package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.writeup.WriteUp;

/** Produces the write-up (sammenskrivning) of a held meeting, marking it written up. */
public interface ProduceWriteUpUseCase {

  /**
   * Marks a held meeting written up and summarises it; a meeting written up or published already is
   * only summarised, and nothing is saved.
   *
   * @param command the meeting
   * @return the write-up, with actors and persons by name
   * @throws RuleViolation {@code meeting.status.step} when the meeting has not been held or is
   *     cancelled
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  WriteUp produce(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
