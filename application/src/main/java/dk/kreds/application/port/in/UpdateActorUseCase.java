package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Replaces what is known about an actor. */
public interface UpdateActorUseCase {

  /**
   * Replaces the actor's profile; its contact persons and whether it is archived stay as they are.
   *
   * @param command the actor and its new profile
   * @throws RuleViolation {@code actor.name.duplicate} or {@code actor.cvr.duplicate} as when
   *     registering, {@code actor.parent.self} when the actor would be part of itself, directly or
   *     through its parents
   * @throws NotFoundException {@code actor.not-found}, for the actor or the profile's parent
   * @throws StaleWriteException when someone else changed the actor meanwhile; nothing is saved
   */
  void update(Command command);

  /** What the use case needs. */
  record Command(ActorId actor, ActorProfile profile) {
    public Command {
      requireNonNull(actor, "actor");
      requireNonNull(profile, "profile");
    }
  }
}
