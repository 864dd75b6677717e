package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
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

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = {
        "The database, as a JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE.",
        "Default: $KREDS_DB_URL, else the file kreds.db in $KREDS_HOME (default ~/.kreds)."
      })
  private String database;

  private final Function<Optional<String>, UseCases> open;
  private UseCases useCases;

  private KredsCommand(Function<Optional<String>, UseCases> open) {
    this.open = open;
  }

  Language language() {
    return language;
  }

  boolean debug() {
    return debug;
  }

  /** The use cases over the database the user chose, opened when a command first needs them. */
  UseCases useCases() {
    if (useCases == null) {
      useCases = open.apply(Optional.ofNullable(database).filter(url -> !url.isBlank()));
    }
    return useCases;
  }

  /** The command line over {@code useCases}, writing UTF-8 to {@code out} and {@code err}. */
  public static CommandLine commandLine(UseCases useCases, PrintWriter out, PrintWriter err) {
    return commandLine(database -> useCases, out, err);
  }

  /**
   * The command line over the use cases that {@code open} gives for the {@code --db} URL (empty when
   * none is given; {@code open} then looks at {@code KREDS_DB_URL} and {@code KREDS_HOME}), writing UTF-8 to {@code out} and {@code err}. Nothing is opened until a command
   * needs the use cases, so {@code --help} and {@code --version} never touch a database.
   */
  public static CommandLine commandLine(Function<Optional<String>, UseCases> open, PrintWriter out, PrintWriter err) {
    return commandLine(open, Optional.empty(), out, err);
  }

  /**
   * The command line as {@link #commandLine(Function, PrintWriter, PrintWriter)}, with {@code kreds serve}
   * running the web app through {@code web}.
   */
  public static CommandLine commandLine(Function<Optional<String>, UseCases> open, WebLauncher web, PrintWriter out,
      PrintWriter err) {
    return commandLine(open, Optional.of(web), out, err);
  }

  private static CommandLine commandLine(Function<Optional<String>, UseCases> open, Optional<WebLauncher> web,
      PrintWriter out, PrintWriter err) {
    KredsCommand root = new KredsCommand(open);
    CommandLine cli = new CommandLine(root);
    cli.addSubcommand(new CommandLine(new DemoCommand(root::useCases)));
    cli.addSubcommand(new CommandLine(new ExportCommand(root::useCases)));
    cli.addSubcommand(new CommandLine(new ImportCommand(root::useCases)));
    cli.addSubcommand(new CommandLine(new BackupCommand(root::useCases)));
    cli.addSubcommand(new CommandLine(new UserCommand()).addSubcommand(new CommandLine(new UserCommand.Add(root::useCases))));
    web.ifPresent(launcher -> cli.addSubcommand(new CommandLine(new ServeCommand(root::useCases, launcher))));
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
    return commandLine(database -> useCases);
  }

  /** The command line over {@code open}'s use cases on the process's stdout and stderr, in UTF-8. */
  public static CommandLine commandLine(Function<Optional<String>, UseCases> open) {
    return commandLine(open,
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
