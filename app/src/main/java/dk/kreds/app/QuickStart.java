package dk.kreds.app;

import dk.kreds.adapter.cli.KredsCommand;
import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * What a command-line run does before picocli reads its arguments, so that it ends sooner: it chooses
 * how logging starts, and it starts the work that depends on neither the database nor the command line
 * on a second thread (docs/decisions/0021-cli-start-up.md).
 */
final class QuickStart {

  private static final Set<String> HELP = Set.of("--help", "-h", "--version", "-V", "help", "completion");

  private QuickStart() {}

  /** Everything this class does for the run {@code args}, as {@link Main#main} starts it. */
  static void before(String[] args) {
    if (!KredsCommand.serves(args)) {
      deferLogging();
    }
    if (mayOpenStorage(args)) {
      prepare(args);
    }
  }

  /**
   * Starts what a command will need that depends on neither the database nor the command line, on the
   * second core while picocli reads the arguments on the first: SQLite's native library and date
   * formats, the JSON readers of the stored documents unless the command reads columns only, and the
   * texts and date format of the language. Each is what the command's own thread would otherwise do
   * first (docs/decisions/0021-cli-start-up.md).
   */
  private static void prepare(String[] args) {
    boolean documents = KredsCommand.mayReadDocuments(args);
    Language language = languageOf(args);
    Thread prepare = new Thread(() -> {
      JdbcStorage.prepareSqlite();
      if (documents) {
        JdbcStorage.prepareDocuments();
      }
      Messages.in(language).date(LocalDate.EPOCH);
    }, "kreds-prepare");
    prepare.setDaemon(true);
    prepare.start();
  }

  /** The language a run will likely speak, from {@code --lang} or {@code KREDS_LANG}; picocli decides. */
  static Language languageOf(String[] args) {
    String tag = System.getenv().getOrDefault("KREDS_LANG", "da");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        tag = args[i].substring("--lang=".length());
      }
    }
    try {
      return Language.parse(tag);
    } catch (IllegalArgumentException unknown) {
      return Language.DA; // the command line refuses it itself
    }
  }

  /** Whether a run may open the database: one with a command that does not only ask for help or the version. */
  static boolean mayOpenStorage(String[] args) {
    return args.length > 0 && Arrays.stream(args).noneMatch(HELP::contains);
  }

  /**
   * Lets a run that is not {@code kreds serve} start Logback only when a line is logged that may be
   * shown ({@link DeferredLogging}), unless a Logback configuration file or another provider was named.
   * Called before any class asks SLF4J for a logger; SLF4J's own note that it loaded the provider is
   * left out.
   */
  static void deferLogging() {
    if (System.getProperty("logback.configurationFile") == null && System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", DeferredLogging.class.getName());
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }
}
