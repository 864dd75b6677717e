package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Marks an action item done today. */
public interface CompleteActionItemUseCase {

  /**
   * Marks the item done on today's date in the meeting's time zone; this is possible after the
   * write-up is published too.
   *
   * @param command the meeting and its action item
   * @throws RuleViolation {@code action.done} when it is done already,
   *     {@code action.done.before-meeting} before the meeting's day, {@code meeting.status.step}
   *     unless the meeting is held, written up or published
   * @throws NotFoundException {@code meeting.not-found}, {@code action.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void complete(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, ActionItemId item) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(item, "item");
    }
  }
}
