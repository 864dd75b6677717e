package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;

/** Erases a contact person on request (GDPR art. 17): from the actor, the working groups, the invitations and the action items. */
public interface EraseContactPersonUseCase {

  void erase(Command command);

  /** What the use case needs. */
  record Command(ContactRef person) {
    public Command {
      requireNonNull(person, "person");
    }
  }
}
