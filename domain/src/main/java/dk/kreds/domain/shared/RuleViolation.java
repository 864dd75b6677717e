package dk.kreds.domain.shared;

/** A broken rule of the model: the input or the requested step is not allowed. */
public final class RuleViolation extends DomainException {

  private final Rule rule;

  public RuleViolation(Rule rule, Object value) {
    super(rule.code(), rule.field(), value, rule.field() + " = '" + value + "': " + rule.description());
    this.rule = rule;
  }

  /** The rule that was broken. */
  public Rule rule() {
    return rule;
  }

  /** Throws a violation of {@code rule} for {@code value} unless {@code condition} holds. */
  public static void require(boolean condition, Rule rule, Object value) {
    if (!condition) {
      throw new RuleViolation(rule, value);
    }
  }
}
