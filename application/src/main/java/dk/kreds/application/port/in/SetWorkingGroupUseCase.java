package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/** Names the working group (arbejdsgruppe) that carries the circle forward. */
public interface SetWorkingGroupUseCase {

  /**
   * Replaces the circle's working group with these persons; an empty list leaves it without one.
   *
   * @param command the circle and the persons
   * @throws RuleViolation {@code circle.working-group.duplicate} for a person named twice,
   *     {@code circle.working-group.not-member} for a person whose actor is not a member of the circle
   * @throws NotFoundException {@code circle.not-found}; {@code actor.not-found} or
   *     {@code contact.not-found} for a person that does not exist
   * @throws StaleWriteException when someone else changed the circle meanwhile; nothing is saved
   */
  void set(Command command);

  /**
   * What the use case needs.
   *
   * @param persons contact persons of the circle's members, each once, in the order they are listed
   */
  record Command(CircleId circle, List<ContactRef> persons) {
    public Command {
      requireNonNull(circle, "circle");
      persons = List.copyOf(persons);
    }
  }
}
