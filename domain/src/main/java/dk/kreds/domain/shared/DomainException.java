package dk.kreds.domain.shared;

/**
 * An expected refusal by the model. Every refusal carries a stable machine-readable {@link #code()},
 * the {@link #field()} it concerns and the offending {@link #value()}, so that adapters can show it in
 * the user's language and map it to an exit code or an HTTP status.
 */
public abstract sealed class DomainException extends RuntimeException
    permits RuleViolation, NotFoundException {

  private final String code;
  private final String field;
  private final String value;

  protected DomainException(String code, String field, Object value, String message) {
    super(message);
    this.code = code;
    this.field = field;
    this.value = value == null ? "" : String.valueOf(value);
  }

  /** A stable identifier of the refusal, e.g. {@code actor.cvr.checksum}; never translated. */
  public String code() {
    return code;
  }

  /** The name of the input field or property the refusal concerns. */
  public String field() {
    return field;
  }

  /** The offending value as text; empty when there is none. */
  public String value() {
    return value;
  }
}
