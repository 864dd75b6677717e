package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;

/** Sets how often the circle meets. */
public interface SetCadenceUseCase {

  void set(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, Cadence cadence) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(cadence, "cadence");
    }
  }
}
