package dk.kreds.adapter.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kreds.application.port.out.Ports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, empty databases for a test, removed after it: SQLite files in a temporary folder, or
 * PostgreSQL schemas of their own at {@code KREDS_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}). Without a PostgreSQL server the
 * PostgreSQL tests are skipped, except with {@code CI=true}, where they fail.
 *
 * <p>Register it on an instance field, {@code @RegisterExtension final TestDatabase db =
 * TestDatabase.sqlite();}, and a repository contract test needs one line: {@code protected Ports
 * freshPorts() { return db.freshPorts(); }}.
 */
public final class TestDatabase implements AfterEachCallback {

  /** The instant every test storage audits its changes at. */
  public static final Instant NOW = Instant.parse("2024-03-01T09:00:00Z");

  private final Dialect dialect;
  private final JdbcStorage.Connections connections;
  private final List<JdbcStorage> opened = new ArrayList<>();
  private final List<Runnable> cleanups = new ArrayList<>();

  private TestDatabase(Dialect dialect, JdbcStorage.Connections connections) {
    this.dialect = dialect;
    this.connections = connections;
  }

  public static TestDatabase sqlite() {
    return new TestDatabase(Dialect.SQLITE, JdbcStorage.Connections.POOLED);
  }

  /** SQLite as one command-line run opens it: a connection per transaction. */
  public static TestDatabase sqlitePerTransaction() {
    return new TestDatabase(Dialect.SQLITE, JdbcStorage.Connections.PER_TRANSACTION);
  }

  public static TestDatabase postgresql() {
    return new TestDatabase(Dialect.POSTGRESQL, JdbcStorage.Connections.POOLED);
  }

  /** PostgreSQL as one command-line run opens it: a connection per transaction. */
  public static TestDatabase postgresqlPerTransaction() {
    return new TestDatabase(Dialect.POSTGRESQL, JdbcStorage.Connections.PER_TRANSACTION);
  }

  /** The out-ports of a fresh, migrated, empty database. */
  public Ports freshPorts() {
    return open(freshUrl()).ports();
  }

  /** The URL of a fresh database that nothing has opened yet. */
  public String freshUrl() {
    return dialect == Dialect.SQLITE ? freshSqliteUrl() : freshPostgresqlUrl();
  }

  /** The tables of schema 1 that hold data, parents before children. */
  static final List<String> SCHEMA_1_TABLES = List.of("actor", "circle", "circle_member", "meeting", "invitation", "audit_log");

  /**
   * The URL of a database made by the release before schema 2 ({@code src/test/resources/schema-1}: the
   * demo's reference scenario plus an RSV actor and an archived one, imported by that release's
   * {@code kreds import}). PostgreSQL gets schema 1 by Flyway and the same rows copied over.
   */
  public String previousRelease() {
    String url = freshUrl();
    Path sqlite = Path.of(url.substring(url.lastIndexOf(':') + 1));
    if (dialect == Dialect.POSTGRESQL) {
      sqlite = Path.of(freshSqliteUrl().substring("jdbc:sqlite:".length()));
    }
    try (InputStream fixture = TestDatabase.class.getResourceAsStream("/schema-1/kreds.db")) {
      Files.copy(fixture, sqlite);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (dialect == Dialect.POSTGRESQL) {
      Flyway.configure().dataSource(url, null, null).locations(Dialect.POSTGRESQL.migrations()).target("1").load().migrate();
      copyRows("jdbc:sqlite:" + sqlite, url + "&stringtype=unspecified");
    }
    return url;
  }

  /** Copies schema 1's rows; PostgreSQL casts the text it is given, but a 0/1 flag must become a boolean. */
  private static void copyRows(String from, String to) {
    Jdbi target = Jdbi.create(to);
    Jdbi.create(from).useHandle(source -> target.useTransaction(handle -> {
      for (String table : SCHEMA_1_TABLES) {
        for (Map<String, Object> row : source.createQuery("SELECT * FROM " + table).mapToMap().list()) {
          row.computeIfPresent("archived", (column, flag) -> ((Number) flag).intValue() == 1);
          if (table.equals("audit_log")) {
            row.remove("id"); // PostgreSQL numbers its audit rows itself
          }
          String columns = String.join(", ", row.keySet());
          String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
          handle.createUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")").bindMap(row).execute();
        }
      }
    }));
  }

  /** Opens {@code url} as the storage does, audited as {@code test} at {@link #NOW}; closed after the test. */
  public JdbcStorage open(String url) {
    return open(url, WalCheckpoints.EVERY);
  }

  /** As {@link #open(String)}, checkpointing an SQLite log every {@code checkpointEvery}. */
  JdbcStorage open(String url, Duration checkpointEvery) {
    JdbcStorage storage = JdbcStorage.open(url, Clock.fixed(NOW, ZoneOffset.UTC), "test", connections, checkpointEvery);
    opened.add(storage);
    return storage;
  }

  /** A plain JDBI on {@code url}, for looking at the tables behind the storage's back. */
  public static Jdbi raw(String url) {
    return Jdbi.create(url);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    opened.forEach(JdbcStorage::close);
    opened.clear();
    cleanups.forEach(Runnable::run);
    cleanups.clear();
  }

  private String freshSqliteUrl() {
    try {
      Path dir = Files.createTempDirectory("kreds-test");
      cleanups.add(() -> delete(dir));
      return "jdbc:sqlite:" + dir.resolve("kreds.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String freshPostgresqlUrl() {
    String server = postgresqlServer();
    String schema = "kreds_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(server)) {
      connection.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
      if (ci) {
        throw new IllegalStateException("CI=true but PostgreSQL at " + server + " does not answer: " + e.getMessage(), e);
      }
      assumeTrue(false, "PostgreSQL at " + server + " does not answer, so its tests are skipped: " + e.getMessage());
    }
    cleanups.add(() -> dropSchema(server, schema));
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** {@code KREDS_TEST_PG_URL} or the local default, with the user {@code postgres} unless it names one. */
  private static String postgresqlServer() {
    String url = System.getenv().getOrDefault("KREDS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    if (url.contains("user=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "user=postgres";
  }

  private static void dropSchema(String server, String schema) {
    try (Connection connection = DriverManager.getConnection(server)) {
      connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the test schema " + schema, e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
