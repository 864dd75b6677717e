package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  @ParameterizedTest(name = "kreds {0} --help")
  @MethodSource("commands")
  void givenAnyCommand_whenRunWithTheTreeItReaches_thenItsHelpIsTheWholeTreesHelp(List<String> path) {
    List<String> args = new ArrayList<>(List.of("--lang", "en", "--db=jdbc:sqlite:x.db", "--debug"));
    args.addAll(path);
    args.add("--help");

    assertThat(executed(args)).isEqualTo(wholeTree(args));
  }

  static Stream<List<String>> mistakes() {
    return Stream.of(List.of(), List.of("--help"), List.of("meetng", "show"), List.of("--bogus", "meeting", "list"),
        List.of("meeting", "shw"), List.of("--lang"), List.of("--db", "actor"), List.of("meeting", "show", "actor", "--bogus"),
        List.of("-V"), List.of("actor"), List.of("actor", "lst"), List.of("actor", "list", "extra"),
        List.of("actor", "list", "--archivd"), List.of("meeting", "show"), List.of("actor", "--lang", "en", "show"),
        List.of("meeting", "--help", "show"));
  }

  @ParameterizedTest(name = "kreds {0}")
  @MethodSource("mistakes")
  void givenAMistakeOrNoCommand_whenRunWithTheTreeItReaches_thenTheMessageIsTheWholeTrees(List<String> args) {
    assertThat(executed(args)).isEqualTo(wholeTree(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandWords")
  void givenArguments_whenLookingForTheirCommand_thenTheFirstWordsBesideTheRootsOptions(List<String> args,
      List<String> expected) {
    assertThat(KredsCommand.commandWords(args.toArray(String[]::new))).isEqualTo(expected);
  }

  static Stream<Arguments> commandWords() {
    return Stream.of(
        Arguments.of(List.of("--db", "meeting", "actor", "list", "x"), List.of("actor", "list")),
        Arguments.of(List.of("--lang=en", "--debug", "meeting", "--lang", "da", "show"), List.of("meeting", "show")),
        Arguments.of(List.of("actor", "--help", "list"), List.of("actor")),
        Arguments.of(List.of("--help", "meeting"), List.of()),
        Arguments.of(List.of("--lang"), List.of()));
  }

  /** Exit code, stdout and stderr of {@code args}, as {@link KredsCommand#execute} runs them. */
  private static List<String> executed(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KredsCommand.execute(database -> {
      throw new AssertionError("opened a database");
    }, Optional.empty(), Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
    return List.of(String.valueOf(code), out.toString(), err.toString());
  }

  /** The same on the whole tree. */
  private static List<String> wholeTree(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KredsCommand.commandLine(database -> {
      throw new AssertionError("opened a database");
    }, Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
    return List.of(String.valueOf(code), out.toString(), err.toString());
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
