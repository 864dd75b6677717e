package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.NotFoundException;

/** Erases a contact person on request (GDPR art. 17): from the actor, the working groups, the invitations and the action items. */
public interface EraseContactPersonUseCase {

  /**
   * Erases the person everywhere, or nowhere: action items they owned and discussion themes they
   * posted stay, without them.
   *
   * @param command the person
   * @throws NotFoundException {@code actor.not-found}, {@code contact.not-found}, also when the person
   *     is erased already
   * @throws StaleWriteException when someone else changed the actor, or a circle or meeting that
   *     refers to the person, meanwhile; nothing is erased
   */
  void erase(Command command);

  /** What the use case needs. */
  record Command(ContactRef person) {
    public Command {
      requireNonNull(person, "person");
    }
  }
}
