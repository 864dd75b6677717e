package dk.kreds.application.port.out;

/**
 * A write from a stale version: someone else changed the entity since it was loaded. The write is
 * never applied; the caller reloads and tries again.
 */
public final class StaleWriteException extends RuntimeException {

  private final String entity;
  private final String id;

  public StaleWriteException(String entity, Object id, long expectedVersion) {
    super(entity + " '" + id + "' was changed by someone else (expected version " + expectedVersion + ")");
    this.entity = entity;
    this.id = String.valueOf(id);
  }

  /** The kind of entity, e.g. {@code meeting}. */
  public String entity() {
    return entity;
  }

  public String id() {
    return id;
  }
}
