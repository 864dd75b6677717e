package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Replaces a contact person's details. */
public interface UpdateContactPersonUseCase {

  /**
   * Replaces the person's details, keeping their id and so every reference to them.
   *
   * @param command the person and their new details
   * @throws RuleViolation {@code contact.name.length}, {@code contact.role.length}
   * @throws NotFoundException {@code actor.not-found}, {@code contact.not-found}
   * @throws StaleWriteException when someone else changed the actor meanwhile; nothing is saved
   */
  void update(Command command);

  /** What the use case needs. */
  record Command(ContactRef person, ContactDetails details) {
    public Command {
      requireNonNull(person, "person");
      requireNonNull(details, "details");
    }
  }
}
