package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import java.util.List;
import java.util.Optional;

/** Creates a circle; its conveners become its first members. */
public interface CreateCircleUseCase {

  CircleId create(Command command);

  /** What the use case needs. */
  record Command(String name, List<ActorId> conveners, Optional<Cadence> cadence) {
    public Command {
      conveners = List.copyOf(conveners);
      requireNonNull(cadence, "cadence");
    }
  }
}
