package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line itself: help, version, and usage errors (exit 2, the message on stderr, nothing on stdout). */
class KredsCommandTest {

  @Test
  void givenTheWordsOfARun_whenAskingWhetherItServes_thenOnlyWhenServeIsTheCommand() {
    assertThat(KredsCommand.serves("--db", "jdbc:sqlite:x.db", "serve", "--port", "0")).isTrue();
    assertThat(KredsCommand.serves("actor", "list", "serve")).isFalse();
  }

  @Test
  void givenAnUnsupportedLanguage_whenRunning_thenUsageErrorNamingTheValue() {
    for (String[] args : new String[][] {{"--lang", "fr", "demo"}, {"demo", "--lang", "fr"}}) {
      Cli.Result result = Cli.run(args);

      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("--lang", "'fr'", "da or en");
    }
  }

  @Test
  void givenAnUnknownOption_whenRunning_thenUsageError() {
    Cli.Result result = Cli.run("demo", "--colour");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void givenAnUnknownFormat_whenRunningDemo_thenUsageErrorNamingTheValue() {
    Cli.Result result = Cli.run("demo", "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--format", "'xml'");
  }

  @Test
  void givenAnUnknownSubcommand_whenRunning_thenUsageError() {
    Cli.Result result = Cli.run("dmeo");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("'dmeo'");
  }

  @Test
  void givenHelp_whenRunningTheRoot_thenItListsCommandsExitCodesAndAnExample() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains(
        "Usage: kreds", "--lang=da|en", "--debug", "demo", "actor", "meeting", "completion", "Exit codes:", "Examples:",
        "kreds demo --lang en --format json");
    for (ExitCode code : ExitCode.values()) {
      assertThat(result.out()).as("exit code %s is listed", code).containsPattern("(?m)^  " + code.code() + " +\\S");
    }
  }

  @Test
  void givenHelp_whenRunningDemo_thenItListsItsOptionsAndExamples() {
    Cli.Result result = Cli.run("demo", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains(
        "Usage: kreds demo", "--format=markdown|json", "--lang=da|en", "Examples:", "kreds demo --format json");
  }

  @Test
  void givenARunThatNamesOneNoun_whenExecuted_thenThatNounHasItsVerbsAndTheRootStillListsEveryNoun() {
    StringWriter root = new StringWriter();
    StringWriter meeting = new StringWriter();
    java.util.function.Function<java.util.Optional<String>, dk.kreds.application.port.in.UseCases> none = database -> {
      throw new AssertionError("opened a database for --help");
    };

    int rootCode = KredsCommand.execute(none, java.util.Optional.empty(), Cli.CLOCK, new PrintWriter(root, true), new PrintWriter(new StringWriter()), "--help");
    int meetingCode = KredsCommand.execute(none, java.util.Optional.empty(), Cli.CLOCK, new PrintWriter(meeting, true), new PrintWriter(new StringWriter()),
        "--lang", "en", "meeting", "--help");

    assertThat(rootCode).isZero();
    assertThat(meetingCode).isZero();
    assertThat(root.toString()).contains("actor", "contact", "circle", "meeting", "theme", "field", "completion");
    assertThat(meeting.toString()).contains("Usage: kreds meeting", "follow-up", "action-done", "writeup");
  }

  @Test
  void givenVersion_whenRunning_thenItPrintsTheVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("kreds ");
  }

  @Test
  void theExitCodesAreTheDocumentedOnes() {
    assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }
}
