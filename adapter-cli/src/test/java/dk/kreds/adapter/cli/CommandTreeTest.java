package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command of the tree explains itself with --help, with examples, and opens no database for it. */
class CommandTreeTest {

  static Stream<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(tree(), new ArrayList<>(), all);
    return all.stream();
  }

  private static CommandLine tree() {
    return KredsCommand.commandLine(database -> {
      throw new AssertionError("opened a database for --help");
    }, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
    all.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      List<String> deeper = new ArrayList<>(path);
      deeper.add(name);
      collect(sub, deeper, all);
    });
  }

  @ParameterizedTest(name = "kreds {0} --help")
  @MethodSource("commands")
  void givenAnyCommand_whenAskedForHelp_thenUsageExamplesAndExitCodes(List<String> path) {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(path);
    args.add("--help");

    int code = KredsCommand.commandLine(database -> {
      throw new AssertionError("opened a database for --help");
    }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args.toArray(String[]::new));

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("Usage: " + String.join(" ", Stream.concat(Stream.of("kreds"), path.stream()).toList()))
        .containsPattern("Examples?:\\R  .*kreds ")
        .contains("Exit codes:");
  }

  @ParameterizedTest(name = "kreds {0}")
  @MethodSource("commands")
  void givenAGroupOfCommands_whenRunWithoutOne_thenUsageErrorNamingWhatIsMissing(List<String> path) {
    CommandLine command = tree();
    for (String name : path) {
      command = command.getSubcommands().get(name);
    }
    if (command.getSubcommands().isEmpty()) {
      return; // a leaf runs
    }
    Cli.Result result = Cli.run(path.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).startsWith("kreds: Missing required subcommand");
  }
}
