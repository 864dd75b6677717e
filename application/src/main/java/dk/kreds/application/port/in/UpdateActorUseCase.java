package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;

/** Replaces what is known about an actor. */
public interface UpdateActorUseCase {

  void update(Command command);

  /** What the use case needs. */
  record Command(ActorId actor, ActorProfile profile) {
    public Command {
      requireNonNull(actor, "actor");
      requireNonNull(profile, "profile");
    }
  }
}
