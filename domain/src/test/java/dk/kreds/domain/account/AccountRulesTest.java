package dk.kreds.domain.account;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.ACCOUNT_PASSWORD_LENGTH;
import static dk.kreds.domain.shared.Rule.ACCOUNT_USERNAME_DUPLICATE;
import static dk.kreds.domain.shared.Rule.ACCOUNT_USERNAME_FORMAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rules of organiser accounts, each broken once. */
public class AccountRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  public static List<RuleCase> cases() {
    return List.of(
        breaks(ACCOUNT_USERNAME_FORMAT, "givenTwoLetters_whenNamingAccount_thenRefused", () -> new Username("pb")),
        breaks(ACCOUNT_USERNAME_FORMAT, "givenSpaceInside_whenNamingAccount_thenRefused", () -> new Username("per bach")),
        breaks(ACCOUNT_USERNAME_FORMAT, "givenDanishLetter_whenNamingAccount_thenRefused", () -> new Username("søren")),
        breaks(ACCOUNT_PASSWORD_LENGTH, "givenElevenCharacters_whenChoosingPassword_thenRefused",
            () -> OrganiserAccount.requireAcceptablePassword("elleve-tegn")),
        breaks(ACCOUNT_PASSWORD_LENGTH, "given201Characters_whenChoosingPassword_thenRefused",
            () -> OrganiserAccount.requireAcceptablePassword("x".repeat(201))),
        breaks(ACCOUNT_USERNAME_DUPLICATE, "givenSameUsername_whenAddingSecondAccount_thenRefused",
            () -> account("Anne").requireDistinctFrom(account("anne"))));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleIsBroken() {
    return RuleCase.tests(cases());
  }

  @Test
  void givenCapitalsAndSpaces_whenNamingAccount_thenOneCleanName() {
    assertThat(new Username("  Anne.Worning ").value()).isEqualTo("anne.worning");
  }

  @Test
  void givenTwelveCharactersWithÆøå_whenChoosingPassword_thenTaken() {
    assertThatCode(() -> OrganiserAccount.requireAcceptablePassword("rødgrød-med-")).doesNotThrowAnyException();
  }

  @Test
  void givenShortPassword_whenRefused_thenTheRefusalNamesTheLengthNotThePassword() {
    RuleViolation refusal = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
        () -> OrganiserAccount.requireAcceptablePassword("hemmelig"));
    assertThat(refusal.value()).isEqualTo("8");
    assertThat(refusal.getMessage()).doesNotContain("hemmelig");
  }

  private static OrganiserAccount account(String name) {
    return new OrganiserAccount(new Username(name), "$pbkdf2-sha256$i=600000$c2FsdA$aGFzaA", NOW);
  }
}
