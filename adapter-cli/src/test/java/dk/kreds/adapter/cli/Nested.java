package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs one command as {@code kreds GROUP COMMAND …} under the real root (its --lang, error handler and
 * exit codes), in a stand-in parent such as {@code actor}, until the command tree nests it for real.
 */
final class Nested {

  @Command(name = "group", mixinStandardHelpOptions = true)
  static final class Group {}

  private Nested() {}

  /**
   * Runs {@code kreds group args} where {@code group} holds the command {@code command} makes from the root.
   *
   * @param command makes the command under test from the root, e.g. {@code root -> new ActorExportCommand(…, root::language)}
   */
  static Cli.Result run(UseCases useCases, Function<KredsCommand, Object> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KredsCommand.commandLine(useCases, new PrintWriter(out, true), new PrintWriter(err, true));
    CommandLine group = new CommandLine(new Group());
    group.addSubcommand(command.apply(cli.getCommand()));
    cli.addSubcommand(group);
    // Settings reach only the subcommands present when they are set.
    cli.setOut(cli.getOut());
    cli.setErr(cli.getErr());
    cli.setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    String[] all = new String[args.length + 1];
    all[0] = "group";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cli.execute(all);
    return new Cli.Result(code, out.toString(), err.toString());
  }
}
