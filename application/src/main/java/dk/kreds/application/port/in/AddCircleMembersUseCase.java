package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/** Adds actors to a circle; actors that are members already are left as they are. */
public interface AddCircleMembersUseCase {

  /**
   * Adds each actor that is not a member yet, as joined today. All are added, or none.
   *
   * @param command the circle and the actors
   * @throws RuleViolation {@code actor.archived} for an archived actor, even one that is a member
   *     already
   * @throws NotFoundException {@code circle.not-found}, {@code actor.not-found}
   * @throws StaleWriteException when someone else changed the circle meanwhile; nothing is saved
   */
  void add(Command command);

  /**
   * What the use case needs.
   *
   * @param actors the actors to add; one named twice is added once
   */
  record Command(CircleId circle, List<ActorId> actors) {
    public Command {
      requireNonNull(circle, "circle");
      actors = List.copyOf(actors);
    }
  }
}
