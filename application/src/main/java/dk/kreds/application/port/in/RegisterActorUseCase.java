package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Registers an actor in the field. Refuses a second actor with the same name key or CVR number. */
public interface RegisterActorUseCase {

  /**
   * Registers the actor under a fresh id, active and without contact persons.
   *
   * @param command the actor's profile
   * @return the new actor's id
   * @throws RuleViolation {@code actor.name.duplicate} when another actor, archived ones included, has
   *     the same {@link ActorProfile#nameKey() name key}; {@code actor.cvr.duplicate} when another has
   *     the same CVR number
   * @throws NotFoundException {@code actor.not-found} when the profile's parent does not exist
   */
  ActorId register(Command command);

  /** What the use case needs. */
  record Command(ActorProfile profile) {
    public Command {
      requireNonNull(profile, "profile");
    }
  }
}
