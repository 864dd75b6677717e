package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Optional;

/** Adds an action item with an owner and a due date. */
public interface AddActionItemUseCase {

  /**
   * Adds an open action item to a held or written-up meeting.
   *
   * @param command the meeting and the item
   * @return the new item's id, to complete it by
   * @throws RuleViolation {@code action.description.length}, {@code action.due.before-meeting} when it
   *     is due before the meeting's day, {@code meeting.status.step} unless the meeting is held or
   *     written up, {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}; {@code actor.not-found} or
   *     {@code contact.not-found} for an owner that does not exist
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  ActionItemId add(Command command);

  /**
   * What the use case needs.
   *
   * @param description what is to be done, 1–2,000 characters
   * @param owner the contact person who sees to it; empty when no one is named
   * @param due the day it is to be done by, not before the meeting's day
   */
  record Command(MeetingId meeting, String description, Optional<ContactRef> owner, LocalDate due) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(owner, "owner");
      requireNonNull(due, "due");
    }
  }
}
