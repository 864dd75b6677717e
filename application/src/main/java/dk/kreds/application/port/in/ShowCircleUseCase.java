package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;

/** Shows a circle. */
public interface ShowCircleUseCase extends ReadOnlyUseCase {

  /**
   * Loads the circle; changing what is returned changes nothing stored.
   *
   * @param command the circle
   * @return the circle with its members, cadence, working group, channel and themes
   * @throws NotFoundException {@code circle.not-found}
   */
  Circle show(Command command);

  /** What the use case needs. */
  record Command(CircleId circle) {
    public Command {
      requireNonNull(circle, "circle");
    }
  }
}
