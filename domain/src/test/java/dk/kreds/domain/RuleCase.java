package dk.kreds.domain;

import static dk.kreds.domain.testdata.Refusals.assertRefused;

import dk.kreds.domain.shared.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;

/**
 * One way to break a rule through the public API, named as the rule reads, e.g.
 * {@code givenWrongCheckDigit_whenCreatingCvr_thenRefused}. The cases of each package run as dynamic tests
 * there; {@link RuleCatalogueTest} checks that together they break every {@link Rule}.
 */
public record RuleCase(Rule rule, String scenario, ThrowingCallable step) {

  /** The case where {@code step}, described by {@code scenario}, breaks {@code rule}. */
  public static RuleCase breaks(Rule rule, String scenario, ThrowingCallable step) {
    return new RuleCase(rule, scenario, step);
  }

  /** Each case as a test that asserts the rule, its code and its field. */
  public static Stream<DynamicTest> tests(List<RuleCase> cases) {
    return cases.stream().map(c -> DynamicTest.dynamicTest(
        c.scenario() + " [" + c.rule().code() + "]", () -> assertRefused(c.rule(), c.step())));
  }
}
