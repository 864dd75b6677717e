package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code kreds user add}: the password comes from standard input, never from the command line. */
class UserCommandTest {

  private final UseCases useCases = Cli.useCases();

  private Cli.Result run(String stdin, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exitCode = KredsCommand.commandLine(useCases, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
      return new Cli.Result(exitCode, out.toString(), err.toString());
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void givenAPasswordOnStdin_whenAddingAUser_thenTheOrganiserCanLogIn() {
    Cli.Result result = run("rødgrød med fløde\n", "user", "add", "Anne.Worning");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("added organiser anne.worning");
    assertThat(useCases.logIn().logIn(new LogInUseCase.Command("anne.worning", "rødgrød med fløde")))
        .contains(new Username("anne.worning"));
  }

  @Test
  void givenAShortPassword_whenAddingAUser_thenRuleExitAndTheLengthNotThePasswordIsShown() {
    Cli.Result result = run("hemmelig\n", "--lang", "en", "user", "add", "anne");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("password '8'").doesNotContain("hemmelig");
  }

  @Test
  void givenATakenUsername_whenAddingAgain_thenRuleExit() {
    run("rødgrød med fløde\n", "user", "add", "anne");

    Cli.Result again = run("rødgrød med fløde\n", "--lang", "en", "user", "add", "ANNE");

    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err()).contains("another organiser account has this username");
  }
}
