package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.StaleWriteException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One aggregate's rows: immutable states by id, with the optimistic version check every store makes.
 * Not thread-safe by itself; {@link InMemoryStore} guards it.
 */
final class Table<I, S> {

  /** Rebuilds a state with a new version. */
  interface Versioner<S> {
    S withVersion(S state, long version);
  }

  private final String entity;
  private final ToLongFunction<S> version;
  private final Versioner<S> versioner;
  private Map<I, S> rows = new HashMap<>();

  Table(String entity, ToLongFunction<S> version, Versioner<S> versioner) {
    this.entity = entity;
    this.version = version;
    this.versioner = versioner;
  }

  Optional<S> get(I id) {
    return Optional.ofNullable(rows.get(id));
  }

  List<S> all() {
    return List.copyOf(rows.values());
  }

  /** Stores {@code state} as the next version, unless the stored version is not the one it was loaded at. */
  void put(I id, S state) {
    long loaded = version.applyAsLong(state);
    // A stored row is at version 1 or more, so "absent" reads as version 0: only a new aggregate fits.
    long stored = get(id).map(version::applyAsLong).orElse(0L);
    if (stored != loaded) {
      throw new StaleWriteException(entity, id, loaded);
    }
    rows.put(id, versioner.withVersion(state, loaded + 1));
  }

  Map<I, S> snapshot() {
    return Map.copyOf(rows);
  }

  void restore(Map<I, S> snapshot) {
    rows = new HashMap<>(snapshot);
  }
}
