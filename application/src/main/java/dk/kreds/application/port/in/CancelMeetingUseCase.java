package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Cancels a meeting that has not been held. */
public interface CancelMeetingUseCase {

  /**
   * Cancels the meeting; a cancelled meeting takes no further step.
   *
   * @param command the meeting
   * @throws RuleViolation {@code meeting.status.step} when it has been held or is cancelled already,
   *     {@code write-up.published} when its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void cancel(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
