package dk.kreds.application.port.out;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/** Stores circles. */
public interface CircleRepository {

  CircleId nextId();

  Optional<Circle> find(CircleId id);

  /** @throws NotFoundException when there is no such circle */
  default Circle get(CircleId id) {
    return find(id).orElseThrow(() -> new NotFoundException("circle", id));
  }

  List<Circle> findAll();

  /** Circles the actor is a member of. */
  List<Circle> findByMember(ActorId actor);

  /**
   * Inserts a new circle (version 0) or updates a stored one, raising its version by one.
   *
   * @throws StaleWriteException when the stored version differs from {@code circle.version()}
   */
  void save(Circle circle);
}
