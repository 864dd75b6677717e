package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;

/** Registers an actor in the field. Refuses a second actor with the same name key or CVR number. */
public interface RegisterActorUseCase {

  ActorId register(Command command);

  /** What the use case needs. */
  record Command(ActorProfile profile) {
    public Command {
      requireNonNull(profile, "profile");
    }
  }
}
