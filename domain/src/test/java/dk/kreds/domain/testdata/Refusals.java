package dk.kreds.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a step breaks a rule of the model. */
public final class Refusals {

  private Refusals() {}

  /** Asserts that {@code step} throws a {@link RuleViolation} of {@code rule}, with the rule's code and field. */
  public static void assertRefused(Rule rule, ThrowingCallable step) {
    assertThatThrownBy(step).isInstanceOfSatisfying(RuleViolation.class, e -> {
      assertThat(e.rule()).as("rule").isEqualTo(rule);
      assertThat(e.code()).as("code").isEqualTo(rule.code());
      assertThat(e.field()).as("field").isEqualTo(rule.field());
    });
  }
}
