package dk.kreds.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.kreds.application.port.out.Backup;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Kreds's storage: SQLite in one file by default, PostgreSQL for a shared deployment. {@link #open}
 * migrates the schema and hands out the out-ports; {@link #close} releases the connections.
 *
 * <pre>{@code
 * try (JdbcStorage storage = JdbcStorage.open(JdbcStorage.defaultUrl())) {
 *   UseCases useCases = ServiceFactory.create(storage.ports(), clock);
 *   ...
 * }
 * }</pre>
 *
 * <p>Every SQLite connection runs with {@code foreign_keys=ON}, {@code journal_mode=WAL}, a busy timeout
 * of {@value #BUSY_TIMEOUT_MS} ms, {@code synchronous=FULL} (a committed answer survives a power cut)
 * and {@code secure_delete=ON} (erased personal data is overwritten in the file, not only unlinked), and
 * takes the write lock when its transaction begins, so that two programs on one file wait for each
 * other instead of failing. Opened {@link Connections#POOLED}, the log is checkpointed in the background
 * ({@link WalCheckpoints}), never inside a use case's commit. See docs/decisions/0003-storage.md and
 * 0046-plain-jdbc-and-connections-per-command.md.
 */
public final class JdbcStorage implements Backup, AutoCloseable {

  /** How long a connection waits for another program's write lock before it fails. */
  static final int BUSY_TIMEOUT_MS = 5_000;

  private static final int POOL_SIZE = 8;

  /** SQLite has one writer at a time; a few connections serve the readers beside it. */
  private static final int SQLITE_POOL_SIZE = 4;

  /** Page cache per SQLite connection: the actor columns of a large field stay in memory. */
  private static final int SQLITE_CACHE_KIB = 16 * 1024;

  private final DataSource dataSource;
  private final DataSource reads;
  private final Dialect dialect;
  private final Ports ports;
  private final Optional<WalCheckpoints> checkpoints;

  /**
   * The newest schema version this program has a migration for, the same in both dialects (the highest
   * {@code V<version>__} file under {@code db/migration}, or Java migration); {@code SchemaVersionTest}
   * keeps them equal.
   */
  static final String SCHEMA_VERSION = "3";

  /** How the storage holds its connections to the database. */
  public enum Connections {
    /**
     * A pool kept open, and on SQLite a thread that checkpoints the log: for a program that runs many use
     * cases at once for hours, as {@code kreds serve} or an application that embeds Kreds.
     */
    POOLED,
    /**
     * A connection opened for each transaction and closed after it, no pool and no thread: for one
     * command-line run, which is over before a pool pays back its start (docs/decisions/0021-cli-start-up.md).
     * SQLite then checkpoints its log itself, at a commit that fills it and when the last connection closes.
     */
    PER_TRANSACTION
  }

  private JdbcStorage(DataSource dataSource, DataSource reads, Dialect dialect, Ports ports, Optional<WalCheckpoints> checkpoints) {
    this.dataSource = dataSource;
    this.reads = reads;
    this.dialect = dialect;
    this.ports = ports;
    this.checkpoints = checkpoints;
  }

  /**
   * The default database: {@code jdbc:sqlite:$KREDS_HOME/kreds.db}, where {@code KREDS_HOME} defaults to
   * {@code ~/.kreds}.
   */
  public static String defaultUrl() {
    return defaultUrl(System.getenv());
  }

  /** The default database for the environment {@code environment} (its {@code KREDS_HOME}). */
  public static String defaultUrl(Map<String, String> environment) {
    String home = environment.get("KREDS_HOME");
    Path dir = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".kreds") : Path.of(home);
    return "jdbc:sqlite:" + dir.resolve("kreds.db");
  }

  /** Opens the database at {@code jdbcUrl} with a pool, audited as the operating-system user, on the system clock. */
  public static JdbcStorage open(String jdbcUrl) {
    return open(jdbcUrl, Connections.POOLED);
  }

  /** Opens the database at {@code jdbcUrl}, audited as the operating-system user, on the system clock. */
  public static JdbcStorage open(String jdbcUrl, Connections connections) {
    return open(jdbcUrl, Clock.systemUTC(), System.getProperty("user.name", "kreds"), connections, WalCheckpoints.EVERY);
  }

  /**
   * Opens the database at {@code jdbcUrl} with a pool, creating an SQLite file and its folder when
   * missing, and migrates its schema to this program's.
   *
   * @param clock when changes happen, for the audit log
   * @param who who the changes are made by, for the audit log: a user or process name, not an e-mail
   * @throws SchemaTooNewException when a newer Kreds wrote the database; it is left untouched
   * @throws StorageException when the database cannot be opened or migrated
   */
  public static JdbcStorage open(String jdbcUrl, Clock clock, String who) {
    return open(jdbcUrl, clock, who, Connections.POOLED, WalCheckpoints.EVERY);
  }

  /**
   * As {@link #open(String, Clock, String)}, holding {@code connections} so, and checkpointing a pooled
   * SQLite file's log every {@code checkpointEvery}.
   */
  static JdbcStorage open(String jdbcUrl, Clock clock, String who, Connections connections, Duration checkpointEvery) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(who, "who");
    Dialect dialect = Dialect.of(jdbcUrl);
    boolean pooled = connections == Connections.POOLED;
    DataSource dataSource = dialect == Dialect.SQLITE
        ? sqlite(jdbcUrl, SQLiteConfig.TransactionMode.IMMEDIATE, pooled, "kreds-sqlite", false)
        : postgresql(jdbcUrl, pooled);
    // SQLite's read-only use cases get connections that begin DEFERRED: they read beside the writer
    // instead of queuing for its lock. PostgreSQL's readers never wait for writers anyway.
    DataSource reads = dialect == Dialect.SQLITE
        ? sqlite(jdbcUrl, SQLiteConfig.TransactionMode.DEFERRED, pooled, "kreds-sqlite-reads", true)
        : dataSource;
    try {
      migrate(dataSource, dialect);
      JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource, reads, dialect, clock, who);
      Ports ports = new Ports(
          new JdbcActorRepository(new DocumentTable<>("actor", new ActorDocument(), dialect, unitOfWork), dialect),
          new JdbcCircleRepository(new DocumentTable<>("circle", new CircleDocument(), dialect, unitOfWork), dialect),
          new JdbcMeetingRepository(new DocumentTable<>("meeting", new MeetingDocument(), dialect, unitOfWork), dialect),
          new JdbcOrganiserRepository(unitOfWork, dialect),
          new JdbcRsvpLinkRepository(unitOfWork, dialect),
          unitOfWork);
      Optional<WalCheckpoints> checkpoints = dialect == Dialect.SQLITE && pooled
          ? Optional.of(WalCheckpoints.every(checkpointEvery, dataSource))
          : Optional.empty();
      return new JdbcStorage(dataSource, reads, dialect, ports, checkpoints);
    } catch (RuntimeException e) {
      closeQuietly(reads);
      closeQuietly(dataSource);
      if (e instanceof StorageException) {
        throw e;
      }
      throw new StorageException("cannot open the database " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  /** The repositories and the unit of work over this database. */
  public Ports ports() {
    return ports;
  }

  /**
   * Copies an SQLite database with {@code VACUUM INTO}: one read transaction, so the copy is consistent
   * while other connections and programs keep reading and writing. PostgreSQL is refused: use
   * {@code pg_dump}.
   *
   * @throws StorageException when the target exists, the database is PostgreSQL, or the copy fails; a
   *     half-written target is removed
   */
  @Override
  public void backupTo(Path target) {
    if (dialect != Dialect.SQLITE) {
      throw new StorageException("kreds backup copies SQLite files only; back up PostgreSQL with pg_dump");
    }
    if (Files.exists(target)) {
      throw new StorageException(target + " exists already; a backup never overwrites a file");
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, target.toAbsolutePath().toString());
      vacuum.execute();
    } catch (SQLException e) {
      try {
        Files.deleteIfExists(target);
      } catch (IOException ignored) {
        // the message below says the backup failed; a leftover file is the lesser problem
      }
      throw new StorageException("cannot back up the database to " + target + ": " + e.getMessage(), e);
    }
  }

  /** The connections, for tests that look at the database itself. */
  DataSource dataSource() {
    return dataSource;
  }

  /** The SQLite log's checkpoints, for tests. */
  Optional<WalCheckpoints> checkpoints() {
    return checkpoints;
  }

  @Override
  public void close() {
    checkpoints.ifPresent(WalCheckpoints::close);
    if (reads != dataSource) {
      closeQuietly(reads);
    }
    closeQuietly(dataSource);
  }

  /**
   * SQLite connections whose transactions begin {@code mode}. Pooled like PostgreSQL's for a long run: a
   * connection opened per use case would parse the schema again and start with an empty page cache every
   * time. WAL lets the pooled readers run beside the one writer.
   */
  private static DataSource sqlite(String jdbcUrl, SQLiteConfig.TransactionMode mode, boolean pooled, String name,
      boolean lazy) {
    SqliteNativeLibrary.useFixedCopy();
    createFolder(jdbcUrl);
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(busyTimeout(jdbcUrl));
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    config.setTransactionMode(mode);
    config.setCacheSize(-SQLITE_CACHE_KIB);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl(jdbcUrl);
    if (!pooled) {
      return sqlite;
    }
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    if (mode == SQLiteConfig.TransactionMode.IMMEDIATE) {
      pool.setConnectionInitSql(WalCheckpoints.WRITER_SETUP);
    }
    pool.setMaximumPoolSize(SQLITE_POOL_SIZE);
    pool.setMinimumIdle(lazy ? 0 : 1);
    pool.setInitializationFailTimeout(lazy ? -1 : 1); // lazy: a run that never reads opens no connection
    pool.setPoolName(name);
    return new HikariDataSource(pool);
  }

  private static DataSource postgresql(String jdbcUrl, boolean pooled) {
    if (!pooled) {
      PGSimpleDataSource postgresql = new PGSimpleDataSource();
      postgresql.setURL(jdbcUrl);
      return postgresql;
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("kreds");
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException("cannot connect to " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@value #BUSY_TIMEOUT_MS} ms, or the URL's {@code busy_timeout} parameter in ms (e.g.
   * {@code jdbc:sqlite:kreds.db?busy_timeout=300}), which the driver alone would let the default override.
   */
  static int busyTimeout(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    if (query >= 0) {
      for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
        if (parameter.startsWith("busy_timeout=")) {
          try {
            return Integer.parseInt(parameter.substring("busy_timeout=".length()));
          } catch (NumberFormatException e) {
            throw new StorageException("busy_timeout must be a number of milliseconds: " + parameter, e);
          }
        }
      }
    }
    return BUSY_TIMEOUT_MS;
  }

  /** SQLite creates a missing file but not a missing folder. */
  private static void createFolder(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StorageException("cannot create the folder " + parent + " for the database: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a schema newer than this program's before anything is written, then applies the
   * migrations the database lacks. A database at this program's version is left alone without
   * starting Flyway, which costs a command-line run more than the rest of its start-up.
   */
  private static void migrate(DataSource dataSource, Dialect dialect) {
    if (schemaIsCurrent(dataSource)) {
      return;
    }
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrations())
        .javaMigrations(new V2_1__FillActorOverviewColumns())
        .failOnMissingLocations(true)
        .load();
    try {
      MigrationInfoService info = flyway.info();
      MigrationVersion program = newest(info, true);
      MigrationVersion database = newest(info, false);
      if (database.compareTo(program) > 0) {
        throw new SchemaTooNewException(database.getVersion(), program.getVersion());
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StorageException("cannot migrate the database schema: " + e.getMessage(), e);
    }
  }

  /**
   * Whether Flyway's history says every migration up to {@link #SCHEMA_VERSION} and none after it was
   * applied successfully. Anything else (no history yet, a failed or a newer migration, an unreadable
   * table) answers no, and Flyway decides.
   */
  static boolean schemaIsCurrent(DataSource dataSource) {
    MigrationVersion current = MigrationVersion.fromVersion(SCHEMA_VERSION);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement history = connection.prepareStatement(
            "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL");
        ResultSet rows = history.executeQuery()) {
      boolean reached = false;
      while (rows.next()) {
        int order = MigrationVersion.fromVersion(rows.getString(1)).compareTo(current);
        if (!rows.getBoolean(2) || order > 0) {
          return false;
        }
        reached |= order == 0;
      }
      return reached;
    } catch (SQLException e) {
      return false;
    }
  }

  /** The newest version this program knows ({@code resolved}) or the database has applied. */
  private static MigrationVersion newest(MigrationInfoService info, boolean resolved) {
    return Arrays.stream(info.all())
        .filter(m -> m.isVersioned() && (resolved ? m.getState().isResolved() : m.getState().isApplied()))
        .map(MigrationInfo::getVersion)
        .max(MigrationVersion::compareTo)
        .orElse(MigrationVersion.EMPTY);
  }

  /** Closes a pool; a data source without one has nothing open. */
  private static void closeQuietly(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  /** The URL without its query, which may hold a password. */
  private static String redacted(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
  }
}
