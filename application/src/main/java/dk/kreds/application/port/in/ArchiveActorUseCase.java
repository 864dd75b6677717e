package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.NotFoundException;

/** Archives an actor: it stays in history but is no longer invited or suggested. */
public interface ArchiveActorUseCase {

  /**
   * Archives the actor; from then on inviting it or adding it to a circle is refused with
   * {@code actor.archived}. Archiving it again changes nothing.
   *
   * @param command the actor
   * @throws NotFoundException {@code actor.not-found}
   * @throws StaleWriteException when someone else changed the actor meanwhile; nothing is saved
   */
  void archive(Command command);

  /** What the use case needs. */
  record Command(ActorId actor) {
    public Command {
      requireNonNull(actor, "actor");
    }
  }
}
