package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;
import java.util.Optional;

/** Creates a circle; its conveners become its first members. */
public interface CreateCircleUseCase {

  /**
   * Creates the circle, founded today, with its conveners as members since today.
   *
   * @param command the circle's name, conveners and cadence
   * @return the new circle's id
   * @throws RuleViolation {@code circle.name.length}, {@code circle.conveners.empty},
   *     {@code circle.conveners.duplicate}, {@code actor.archived} for an archived convener
   * @throws NotFoundException {@code actor.not-found} for a convener that does not exist
   */
  CircleId create(Command command);

  /**
   * What the use case needs.
   *
   * @param name the circle's name, 1–200 characters
   * @param conveners the actors who call the circle together (indkaldere), at least one, each once
   * @param cadence how often it meets; empty until that is decided (see {@link SetCadenceUseCase})
   */
  record Command(String name, List<ActorId> conveners, Optional<Cadence> cadence) {
    public Command {
      conveners = List.copyOf(conveners);
      requireNonNull(cadence, "cadence");
    }
  }
}
