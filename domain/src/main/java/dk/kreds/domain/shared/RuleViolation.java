package dk.kreds.domain.shared;

/** A broken rule of the model: the input or the requested step is not allowed. */
public final class RuleViolation extends DomainException {

  private final Rule rule;

  public RuleViolation(Rule rule, Object value) {
    // The message leaves the value out: it may be personal data (an e-mail, a name) and messages end
    // up in logs. Adapters show the value to the person who typed it, through value().
    super(rule.code(), rule.field(), value, rule.code() + " (" + rule.field() + "): " + rule.description());
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
