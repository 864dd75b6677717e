package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;

/** Sets how often the circle meets. */
public interface SetCadenceUseCase {

  /**
   * Sets the circle's cadence, replacing an earlier one; a follow-up planned without a day is planned
   * by it.
   *
   * @param command the circle and the cadence
   * @throws NotFoundException {@code circle.not-found}
   * @throws StaleWriteException when someone else changed the circle meanwhile; nothing is saved
   */
  void set(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, Cadence cadence) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(cadence, "cadence");
    }
  }
}
