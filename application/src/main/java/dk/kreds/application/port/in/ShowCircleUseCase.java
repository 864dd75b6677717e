package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;

/** Shows a circle. */
public interface ShowCircleUseCase {

  Circle show(Command command);

  /** What the use case needs. */
  record Command(CircleId circle) {
    public Command {
      requireNonNull(circle, "circle");
    }
  }
}
