package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Records a decision of the meeting. */
public interface RecordDecisionUseCase {

  /**
   * Adds the decision to the meeting's decisions, after those recorded before.
   *
   * @param command the meeting and the decision
   * @throws RuleViolation {@code meeting.status.step} unless the meeting is held or written up,
   *     {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, Decision decision) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(decision, "decision");
    }
  }
}
