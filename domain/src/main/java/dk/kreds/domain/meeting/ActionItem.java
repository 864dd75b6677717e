package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.time.LocalDate;
import java.util.Optional;

/** Something to be done after the meeting, by a person, by a date. */
public record ActionItem(
    ActionItemId id, String description, Optional<ContactRef> owner, LocalDate due, Optional<LocalDate> done) {

  public ActionItem {
    requireNonNull(id, "id");
    description = Text.require(description, 1, 2_000, Rule.ACTION_DESCRIPTION_LENGTH);
    requireNonNull(owner, "owner");
    requireNonNull(due, "due");
    requireNonNull(done, "done");
  }

  ActionItem completedOn(LocalDate date) {
    return new ActionItem(id, description, owner, due, Optional.of(date));
  }

  ActionItem withoutOwner() {
    return new ActionItem(id, description, Optional.empty(), due, done);
  }
}
