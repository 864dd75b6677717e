package dk.kreds.application.port.out;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores circles. */
public interface CircleRepository {

  /** {@return a fresh id for a new circle} */
  default CircleId nextId() {
    return new CircleId(UUID.randomUUID());
  }

  /**
   * {@return the circle with this id, rebuilt with {@link Circle#restore Circle.restore} at its stored
   * version, or empty when there is none}
   *
   * @param id the circle's id
   */
  Optional<Circle> find(CircleId id);

  /**
   * {@return the circle with this id}
   *
   * @param id the circle's id
   * @throws NotFoundException {@code circle.not-found} when there is no such circle
   */
  default Circle get(CircleId id) {
    return find(id).orElseThrow(() -> new NotFoundException("circle", id));
  }

  /** {@return every circle, in no particular order} */
  List<Circle> findAll();

  /**
   * {@return the circles the actor is a member of, in no particular order}
   *
   * @param actor the member
   */
  List<Circle> findByMember(ActorId actor);

  /**
   * Inserts a new circle (version 0) or updates a stored one, raising its version by one.
   *
   * @param circle the circle as created or loaded, with its changes
   * @throws StaleWriteException when the stored version differs from {@code circle.version()}
   */
  void save(Circle circle);
}
