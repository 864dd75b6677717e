package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import java.util.List;

/** Adds actors to a circle; actors that are members already are left as they are. */
public interface AddCircleMembersUseCase {

  void add(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, List<ActorId> actors) {
    public Command {
      requireNonNull(circle, "circle");
      actors = List.copyOf(actors);
    }
  }
}
