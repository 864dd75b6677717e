package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;

/** Archives an actor: it stays in history but is no longer invited or suggested. */
public interface ArchiveActorUseCase {

  void archive(Command command);

  /** What the use case needs. */
  record Command(ActorId actor) {
    public Command {
      requireNonNull(actor, "actor");
    }
  }
}
