package dk.kreds.domain.shared;

/** Something addressed by id or name does not exist (or is not visible to the caller). */
public final class NotFoundException extends DomainException {

  public NotFoundException(String entity, Object id) {
    super(entity + ".not-found", entity, id, entity + " '" + id + "' not found");
  }
}
