package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import java.time.LocalDate;
import java.util.Optional;

/** Adds an action item with an owner and a due date. */
public interface AddActionItemUseCase {

  ActionItemId add(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, String description, Optional<ContactRef> owner, LocalDate due) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(owner, "owner");
      requireNonNull(due, "due");
    }
  }
}
