package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of the {@code kreds} command tree. */
@Command(
    name = "kreds",
    mixinStandardHelpOptions = true,
    version = "kreds 0.1.0",
    description = {
      "Map the actors of a field, run the meeting process, carry the circle forward.",
      "Kortlæg feltets aktører, kør mødeprocessen, før kredsen videre."
    },
    footer = {"%nExample:%n  kreds demo --lang en --format json"})
public final class KredsCommand {

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "da|en", defaultValue = "${env:KREDS_LANG:-da}",
      converter = LanguageConverter.class,
      description = "Language of what a person reads (default: ${DEFAULT-VALUE}, or $KREDS_LANG).")
  private Language language = Language.DA;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an unexpected error.")
  private boolean debug;

  Language language() {
    return language;
  }

  boolean debug() {
    return debug;
  }

  /** The command line over {@code useCases}, writing UTF-8 to {@code out} and {@code err}. */
  public static CommandLine commandLine(UseCases useCases, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new KredsCommand());
    cli.addSubcommand(new CommandLine(new DemoCommand(useCases)));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    listExitCodes(cli);
    return cli;
  }

  private static void listExitCodes(CommandLine command) {
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    command.getSubcommands().values().forEach(KredsCommand::listExitCodes);
  }

  /** The command line over {@code useCases} on the process's stdout and stderr, in UTF-8. */
  public static CommandLine commandLine(UseCases useCases) {
    return commandLine(useCases,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** Reads {@code da}/{@code en}; anything else is a usage error naming the value. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
