package dk.kreds.app;

import dk.kreds.adapter.cli.KredsCommand;
import dk.kreds.adapter.cli.ActorCsvFile;
import dk.kreds.adapter.cli.WebLauncher;
import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.adapter.web.ActorFileReader;
import dk.kreds.adapter.web.WebServer;
import dk.kreds.adapter.web.WebSettings;
import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.application.service.ServiceFactory;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/** The composition root: builds everything with {@code new} and runs the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (!KredsCommand.serves(args)) {
      DeferredLogging.install();
    }
    System.exit(run(args));
  }

  /**
   * Runs {@code kreds} with {@code args} on the process's environment, stdout and stderr. Stdout is
   * flushed when its buffer fills and at the end, not after every line: a list of 1,000 actors spent
   * more time in 1,000 writes than in printing. Stderr, for progress and errors, is flushed at once.
   */
  static int run(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    try {
      return run(args, System.getenv(), out, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    } finally {
      out.flush();
    }
  }

  /** Every use case over a fresh in-memory store, for tests that need no database. */
  static UseCases useCases() {
    return ServiceFactory.create(InMemoryStore.ports(), CopenhagenClock.system());
  }

  /**
   * Runs {@code kreds} with {@code args} and returns the exit code. The database is opened only when a
   * command needs it: {@code --db}, else {@code KREDS_DB_URL}, else SQLite in {@code KREDS_HOME}.
   */
  static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    Clock clock;
    try {
      clock = clock(environment);
    } catch (DateTimeParseException e) {
      // Before the command line is read, so in the language of $KREDS_LANG.
      Language language = Language.DA;
      try {
        language = Language.parse(environment.getOrDefault("KREDS_LANG", "da"));
      } catch (IllegalArgumentException unknown) {
        // Danish, as without it; the command line refuses the value itself.
      }
      err.println("kreds: " + Messages.in(language).text("cli.bad-now", environment.get("KREDS_NOW")));
      return 2;
    }
    // A pool pays back its start only in a run that lasts: kreds serve. Any other command is over in a moment.
    Storage storage = new Storage(environment, clock,
        KredsCommand.serves(args) ? JdbcStorage.Connections.POOLED : JdbcStorage.Connections.PER_TRANSACTION);
    try {
      return KredsCommand.execute(storage::useCases, Optional.<WebLauncher>of(Main::serve), clock, out, err, args);
    } finally {
      storage.close();
    }
  }

  /**
   * The system clock in Copenhagen, or, when {@code KREDS_NOW} is set, a clock standing still at that
   * instant: to record a meeting that took place before today, step by step, as if it were then.
   */
  static Clock clock(Map<String, String> environment) {
    return Optional.ofNullable(environment.get("KREDS_NOW")).filter(value -> !value.isBlank())
        .map(value -> CopenhagenClock.fixed(OffsetDateTime.parse(value.strip()).toInstant()))
        .orElseGet(CopenhagenClock::system);
  }

  /** {@code kreds serve}: the web app over {@code useCases} until the process stops. */
  private static void serve(UseCases useCases, String host, int port, URI baseUrl, IntConsumer started)
      throws InterruptedException {
    ActorFileReader csv = (file, messages, basis) -> {
      ActorCsvFile.Read read = ActorCsvFile.read(file, messages, basis);
      return new ActorFileReader.Parsed(read.entries(), read.lines(), read.problems(), read.complete());
    };
    try (WebServer server = WebServer.start(useCases, new WebSettings(host, port, baseUrl), csv)) {
      started.accept(server.port());
      server.join();
    }
  }

  /** The storage of one run, opened on first use and closed at the end. */
  private static final class Storage {
    private final Map<String, String> environment;
    private final Clock clock;
    private final JdbcStorage.Connections connections;
    private JdbcStorage opened;

    Storage(Map<String, String> environment, Clock clock, JdbcStorage.Connections connections) {
      this.environment = environment;
      this.clock = clock;
      this.connections = connections;
    }

    UseCases useCases(Optional<String> database) {
      String url = database
          .or(() -> Optional.ofNullable(environment.get("KREDS_DB_URL")).filter(value -> !value.isBlank()))
          .orElseGet(() -> JdbcStorage.defaultUrl(environment));
      opened = JdbcStorage.open(url, connections);
      return ServiceFactory.create(opened.ports(), opened, clock);
    }

    /**
     * Closes the storage, also after {@code kreds serve} was stopped by an interrupt: the interrupt is
     * put aside while the pools close, or they would give up waiting for their connections (and say so
     * in the log), and set again after.
     */
    void close() {
      if (opened != null) {
        boolean interrupted = Thread.interrupted();
        try {
          opened.close();
        } finally {
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }
}
