package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;

/** Adds a contact person to an actor. */
public interface AddContactPersonUseCase {

  ContactRef add(Command command);

  /** What the use case needs. */
  record Command(ActorId actor, ContactDetails details) {
    public Command {
      requireNonNull(actor, "actor");
      requireNonNull(details, "details");
    }
  }
}
