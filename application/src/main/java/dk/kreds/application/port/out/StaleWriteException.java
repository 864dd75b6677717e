package dk.kreds.application.port.out;

/**
 * A write from a stale version: someone else changed the entity since it was loaded. The write is
 * never applied; the caller reloads and tries again.
 */
public final class StaleWriteException extends RuntimeException {

  /** The kind of entity, e.g. {@code meeting}. */
  private final String entity;
  /** The entity's id, as text. */
  private final String id;

  /**
   * A refused write of the entity with this id.
   *
   * @param entity the kind of entity, e.g. {@code meeting}
   * @param id the entity's id
   * @param expectedVersion the version the entity was loaded at, which the store no longer holds
   */
  public StaleWriteException(String entity, Object id, long expectedVersion) {
    super(entity + " '" + id + "' was changed by someone else (expected version " + expectedVersion + ")");
    this.entity = entity;
    this.id = String.valueOf(id);
  }

  /** {@return the kind of entity, e.g. {@code meeting}} */
  public String entity() {
    return entity;
  }

  /** {@return the entity's id, as text} */
  public String id() {
    return id;
  }
}
