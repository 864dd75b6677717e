package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Adds a contact person to an actor. */
public interface AddContactPersonUseCase {

  /**
   * Adds the person to the actor's contacts under a fresh id.
   *
   * @param command the actor and the person's details
   * @return what other use cases name the person by: the actor and the person's id
   * @throws RuleViolation {@code contact.name.length}, {@code contact.role.length},
   *     {@code contact.count} when the actor has 100 contact persons already
   * @throws NotFoundException {@code actor.not-found}
   * @throws StaleWriteException when someone else changed the actor meanwhile; nothing is saved
   */
  ContactRef add(Command command);

  /** What the use case needs. */
  record Command(ActorId actor, ContactDetails details) {
    public Command {
      requireNonNull(actor, "actor");
      requireNonNull(details, "details");
    }
  }
}
