package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import java.util.List;
import java.util.Optional;

/** Circles in an {@link InMemoryStore}. */
public final class InMemoryCircleRepository implements CircleRepository {

  private final InMemoryStore store;

  InMemoryCircleRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Circle> find(CircleId id) {
    return store.locked(() -> store.circles.get(id).map(Circle::restore));
  }

  @Override
  public List<Circle> findAll() {
    return store.locked(() -> store.circles.all().stream().map(Circle::restore).toList());
  }

  @Override
  public List<Circle> findByMember(ActorId actor) {
    return findAll().stream().filter(c -> c.isMember(actor)).toList();
  }

  @Override
  public void save(Circle circle) {
    store.locked(() -> {
      store.circles.put(circle.id(), circle.state());
      store.changed();
      return null;
    });
  }
}
