package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every failure becomes one readable line on stderr and a documented exit code; a stack trace only
 * with --debug. The failures come from {@link FailCommand}, a test-only subcommand.
 */
class ErrorHandlerTest {

  @ParameterizedTest(name = "fail {0} --lang {1} -> exit {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      rule     | da | 3 | kreds: navn '                | KOOPERATIONEN': en anden aktør har dette navn
      rule     | en | 3 | kreds: name '                | KOOPERATIONEN': another actor has this name
      missing  | da | 4 | kreds: Møde '                | 00000000-0000-0000-0000-0000000000aa' findes ikke
      missing  | en | 4 | kreds: Meeting '             | 00000000-0000-0000-0000-0000000000aa' not found
      stale    | en | 5 | kreds: Meeting 'm-1'         | was changed by someone else meanwhile; try again
      stale    | da | 5 | kreds: Møde 'm-1'            | er ændret af en anden imens; prøv igen
      argument | en | 2 | kreds: actors: at least one  | at least one
      internal | da | 1 | kreds: Uventet fejl:         | IllegalStateException
      internal | en | 1 | kreds: Unexpected error:     | IllegalStateException
      """)
  void givenAFailure_whenRunning_thenOneLineInTheLanguageAndTheDocumentedExitCode(
      String how, String language, int exitCode, String start, String says) {
    Cli.Result result = fail(how, "--lang", language);

    assertThat(result.exitCode()).isEqualTo(exitCode);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).as("stderr is one line:%n%s", result.err()).hasSize(1);
    assertThat(result.err()).startsWith(start).contains(says).doesNotContain("\tat ");
  }

  @Test
  void givenUnexpectedFailure_whenRunningWithoutDebug_thenItsMessageIsNotShownForItMayHoldPersonalData() {
    Cli.Result result = fail("internal", "--lang", "en");

    assertThat(result.err()).doesNotContain("the disk is on fire");
  }

  @Test
  void givenNoLanguage_whenARuleIsBroken_thenTheLineIsDanish() {
    assumeTrue(System.getenv("KREDS_LANG") == null, "KREDS_LANG sets another default language");

    Cli.Result result = fail("rule");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith("kreds: navn '").doesNotContain("RuleViolation");
  }

  @Test
  void givenDebug_whenAFailureHappens_thenTheStackTraceFollowsTheLine() {
    for (String how : new String[] {"internal", "rule"}) {
      Cli.Result result = fail(how, "--debug");

      assertThat(result.out()).isEmpty();
      assertThat(result.err()).startsWith("kreds: ").contains("\tat dk.kreds.adapter.cli.FailCommand.call");
    }
  }

  private static Cli.Result fail(String... args) {
    String[] withFail = new String[args.length + 1];
    withFail[0] = "fail";
    System.arraycopy(args, 0, withFail, 1, args.length);
    return Cli.run(FailCommand::new, withFail);
  }
}
