package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.Cvr;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Actors in an {@link InMemoryStore}. */
public final class InMemoryActorRepository implements ActorRepository {

  private final InMemoryStore store;

  InMemoryActorRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Actor> find(ActorId id) {
    return store.locked(() -> store.actors.get(id).map(Actor::restore));
  }

  @Override
  public List<Actor> findAllById(Collection<ActorId> ids) {
    return store.locked(() -> ids.stream().distinct().flatMap(id -> store.actors.get(id).stream()).map(Actor::restore).toList());
  }

  @Override
  public List<Actor> findAll() {
    return store.locked(() -> store.actors.all().stream().map(Actor::restore).toList());
  }

  @Override
  public List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs) {
    Set<String> keys = Set.copyOf(nameKeys);
    Set<Cvr> numbers = Set.copyOf(cvrs);
    return findAll().stream()
        .filter(a -> keys.contains(a.profile().nameKey()) || a.profile().cvr().filter(numbers::contains).isPresent())
        .toList();
  }

  @Override
  public void save(Actor actor) {
    store.locked(() -> {
      store.actors.put(actor.id(), actor.state());
      store.changed();
      return null;
    });
  }
}
