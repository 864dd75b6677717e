package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.NotFoundException;

/** Shows an actor with its contact persons. */
public interface ShowActorUseCase extends ReadOnlyUseCase {

  /**
   * Loads the actor, archived or not; changing what is returned changes nothing stored.
   *
   * @param command the actor
   * @return the actor with its profile and contact persons
   * @throws NotFoundException {@code actor.not-found}
   */
  Actor show(Command command);

  /** What the use case needs. */
  record Command(ActorId actor) {
    public Command {
      requireNonNull(actor, "actor");
    }
  }
}
