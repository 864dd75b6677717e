package dk.kreds.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

  @Test
  void givenBrokenRule_whenRefused_thenCodeFieldValueAndAMessageWithoutTheValue() {
    RuleViolation e = catchThrowableOfType(RuleViolation.class,
        () -> RuleViolation.require(false, Rule.CADENCE_MONTHS, 25));

    assertThat(e.rule()).isEqualTo(Rule.CADENCE_MONTHS);
    assertThat(e.code()).isEqualTo("circle.cadence.months");
    assertThat(e.field()).isEqualTo("cadence");
    assertThat(e.value()).isEqualTo("25");
    // The value may be personal data and messages reach logs: only value() carries it.
    assertThat(e.getMessage()).isEqualTo("circle.cadence.months (cadence): must be 1–24 months");
  }

  @Test
  void givenKeptRule_whenRequired_thenNothingThrown() {
    assertThatCode(() -> RuleViolation.require(true, Rule.CADENCE_MONTHS, 6)).doesNotThrowAnyException();
  }

  @Test
  void givenRefusalWithoutValue_whenReadingIt_thenEmptyValue() {
    assertThat(new RuleViolation(Rule.CIRCLE_CONVENERS_EMPTY, null).value()).isEmpty();
  }

  @Test
  void givenMissingThing_whenNotFound_thenCodeNamesTheEntity() {
    NotFoundException e = new NotFoundException("meeting", "2014");

    assertThat(e.code()).isEqualTo("meeting.not-found");
    assertThat(e.field()).isEqualTo("meeting");
    assertThat(e.value()).isEqualTo("2014");
    assertThat(e.getMessage()).isEqualTo("meeting '2014' not found");
  }
}
