package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.domain.shared.DanishTime;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
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
    footer = {"%nExamples:%n  kreds demo --lang en --format json%n  kreds actor list%n  kreds meeting show Stormøde --json"
        + "%n  kreds --lang en meeting list --csv%n%nA command that ends with one name explains itself: kreds meeting --help."})
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

  /** Each noun and its verbs, in the order of the process. */
  private static final Map<Class<?>, List<Class<?>>> NOUNS = nouns();

  /** The whole-database commands, after the nouns. */
  private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, GroupsCommand.class, ExportCommand.class,
      ImportCommand.class, BackupCommand.class, CompletionCommand.class);

  /** Every command class under the root. */
  private static final List<Class<?>> TOP_LEVEL = Stream.of(NOUNS.keySet().stream(), COMMANDS.stream(),
      Stream.of(UserCommand.class, ServeCommand.class)).flatMap(classes -> classes).toList();

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
   * Like {@link #commandLine(Function, Clock, PrintWriter, PrintWriter)} on the system clock in
   * Copenhagen.
   */
  public static CommandLine commandLine(Function<Optional<String>, UseCases> open, PrintWriter out, PrintWriter err) {
    return commandLine(open, Clock.system(DanishTime.ZONE), out, err);
  }

  /**
   * The command line over the use cases that {@code open} gives for the {@code --db} URL (empty when
   * none is given; {@code open} then looks at {@code KREDS_DB_URL} and {@code KREDS_HOME}), writing
   * UTF-8 to {@code out} and {@code err}, with every command of the tree. Nothing is opened until a
   * command needs the use cases, so {@code --help} and {@code --version} never touch a database.
   */
  public static CommandLine commandLine(Function<Optional<String>, UseCases> open, Clock clock, PrintWriter out,
      PrintWriter err) {
    return commandLine(open, Optional.empty(), clock, out, err, Reach.WHOLE);
  }

  /**
   * Runs {@code kreds args} as {@link #commandLine(Function, Clock, PrintWriter, PrintWriter)} would,
   * but builds only what the run can reach: picocli reads every command's annotations when it is added,
   * and the whole tree costs a run more than its own work. When the first word after the root's options
   * is a command, that command alone is built, and when the next is one of its verbs, that verb alone
   * (picocli does not look at the others once it has descended); otherwise the verbs of the nouns that
   * {@code args} names. {@code kreds --help}, a mistyped command or verb (whose message suggests the
   * near ones) and shell completion get the whole tree, or the whole noun.
   *
   * @return the exit code
   */
  public static int execute(Function<Optional<String>, UseCases> open, Optional<WebLauncher> web, Clock clock,
      PrintWriter out, PrintWriter err, String... args) {
    Set<String> words = new HashSet<>(List.of(args));
    boolean whole = words.contains("completion");
    List<String> path = commandWords(args);
    Optional<Class<?>> command = path.stream().findFirst().filter(name -> !whole).flatMap(KredsCommand::command);
    Optional<Class<?>> verb = command.filter(noun -> path.size() > 1).flatMap(noun -> verb(noun, path.get(1)));
    Reach reach = new Reach() {
      @Override
      public boolean command(Class<?> candidate) {
        return command.map(candidate::equals).orElse(true);
      }

      @Override
      public boolean verb(Class<?> noun, Class<?> candidate) {
        if (whole) {
          return true;
        }
        // A named command alone, with its named verb alone; otherwise the verbs of the nouns named.
        return command.isPresent() ? verb.map(candidate::equals).orElse(true) : words.contains(name(noun));
      }
    };
    return commandLine(open, web, clock, out, err, reach).execute(args);
  }

  /** Whether {@code args} run {@code kreds serve}, the one command that keeps its storage open for hours. */
  public static boolean serves(String... args) {
    return commandWords(args).stream().findFirst().filter(ServeCommand.NAME::equals).isPresent();
  }

  /**
   * The first two words of {@code args} that are not the root's options (inherited by every command)
   * or their values, up to the first other option: the command and verb a run names, if it names them.
   */
  static List<String> commandWords(String... args) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < args.length && found.size() < 2; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("--db")) {
        i++;
      } else if (!arg.equals("--debug") && !arg.startsWith("--lang=") && !arg.startsWith("--db=")) {
        if (arg.startsWith("-")) {
          break;
        }
        found.add(arg);
      }
    }
    return found;
  }

  /**
   * The command under the root that {@code word} names. The annotations are read only up to the match:
   * reading one costs a run more than building the command it names.
   */
  private static Optional<Class<?>> command(String word) {
    return TOP_LEVEL.stream().filter(command -> name(command).equals(word)).findFirst();
  }

  /** The verb of {@code command} that {@code word} names; none for a command that is not a noun. */
  private static Optional<Class<?>> verb(Class<?> command, String word) {
    return NOUNS.getOrDefault(command, List.of()).stream().filter(verb -> name(verb).equals(word)).findFirst();
  }

  /** What a run builds: which commands under the root, and which verbs under a noun. */
  private interface Reach {
    Reach WHOLE = new Reach() {
      @Override
      public boolean command(Class<?> candidate) {
        return true;
      }

      @Override
      public boolean verb(Class<?> noun, Class<?> candidate) {
        return true;
      }
    };

    boolean command(Class<?> candidate);

    boolean verb(Class<?> noun, Class<?> candidate);
  }

  private static CommandLine commandLine(Function<Optional<String>, UseCases> open, Optional<WebLauncher> web, Clock clock,
      PrintWriter out, PrintWriter err, Reach reach) {
    KredsCommand root = new KredsCommand(open);
    CommandLine[] built = new CommandLine[1]; // the command line, once made, for the commands' stdout
    Context context = new Context(root::useCases, root::language, clock, () -> built[0].getOut());
    CommandLine cli = new CommandLine(root, new Factory(context));
    built[0] = cli;
    // The nouns first, in the order of the process; then the whole-database commands.
    for (Map.Entry<Class<?>, List<Class<?>>> noun : NOUNS.entrySet()) {
      if (reach.command(noun.getKey())) {
        cli.addSubcommand(noun.getKey());
        noun.getValue().stream().filter(verb -> reach.verb(noun.getKey(), verb))
            .forEach(cli.getSubcommands().get(name(noun.getKey()))::addSubcommand);
      }
    }
    COMMANDS.stream().filter(reach::command).forEach(cli::addSubcommand);
    if (reach.command(UserCommand.class)) {
      cli.addSubcommand(new CommandLine(new UserCommand()).addSubcommand(new CommandLine(new UserCommand.Add(root::useCases))));
    }
    web.filter(launcher -> reach.command(ServeCommand.class))
        .ifPresent(launcher -> cli.addSubcommand(new CommandLine(new ServeCommand(root::useCases, launcher))));
    cli.setOut(out);
    cli.setErr(err);
    ErrorHandler errors = new ErrorHandler();
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    listExitCodes(cli);
    return cli;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
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

  private static Map<Class<?>, List<Class<?>>> nouns() {
    Map<Class<?>, List<Class<?>>> nouns = new LinkedHashMap<>();
    nouns.put(ActorCommands.class, ActorCommands.VERBS);
    nouns.put(ContactCommands.class, ContactCommands.VERBS);
    nouns.put(CircleCommands.class, CircleCommands.VERBS);
    nouns.put(MeetingCommands.class, MeetingCommands.VERBS);
    nouns.put(ThemeCommands.class, ThemeCommands.VERBS);
    nouns.put(FieldCommands.class, FieldCommands.VERBS);
    return nouns;
  }

  /** Makes the commands of the tree, handing each the {@link Context} when its constructor takes one. */
  private static final class Factory implements CommandLine.IFactory {
    private final Context context;

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
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
