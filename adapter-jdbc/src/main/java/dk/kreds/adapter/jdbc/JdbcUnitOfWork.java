package dk.kreds.adapter.jdbc;

import dk.kreds.adapter.jdbc.Statements.SqlWork;
import dk.kreds.application.port.out.StorageException;
import dk.kreds.application.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One database transaction per use case. The transaction belongs to the thread that started it; a
 * unit of work started inside another joins it, and a repository call outside any runs in a short
 * transaction of its own. Every save appends its audit row through {@link #audit} on the same
 * connection, so the row and the change commit or roll back together.
 */
final class JdbcUnitOfWork implements UnitOfWork {

  /** The use case recorded for work that does not name one, e.g. a repository call on its own. */
  static final String UNNAMED = "unnamed";

  private final DataSource writes;
  private final DataSource reads;
  private final Dialect dialect;
  private final Clock clock;
  private final String who;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  /** Transactions of this program that changed something and committed. */
  private final AtomicLong commits = new AtomicLong();
  private volatile Revision known = new Revision(0, -1, 0);

  /**
   * @param writes the connections for use cases that write
   * @param reads the connections for read-only use cases; may be {@code writes}
   */
  JdbcUnitOfWork(DataSource writes, DataSource reads, Dialect dialect, Clock clock, String who) {
    this.writes = writes;
    this.reads = reads;
    this.dialect = dialect;
    this.clock = clock;
    this.who = who;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return inTransaction(UNNAMED, work);
  }

  @Override
  public <T> T inTransaction(String useCase, Supplier<T> work) {
    return inTransaction(writes, useCase, work);
  }

  /** On SQLite, a transaction that begins DEFERRED and so takes no write lock; nested, the outer one. */
  @Override
  public <T> T inReadOnlyTransaction(String useCase, Supplier<T> work) {
    return inTransaction(reads, useCase, work);
  }

  private <T> T inTransaction(DataSource connections, String useCase, Supplier<T> work) {
    Transaction joined = current.get();
    if (joined != null) {
      return joined.as(useCase, work);
    }
    try (Connection connection = connections.getConnection()) {
      Transaction started = new Transaction(connection, useCase);
      current.set(started);
      boolean begun = false;
      T result;
      try {
        connection.setAutoCommit(false);
        begun = true;
        result = work.get();
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        if (begun) {
          rollBack(connection, e);
        }
        throw e;
      } finally {
        current.remove();
        restoreAutoCommit(connection);
      }
      if (started.changed) {
        commits.incrementAndGet();
      }
      return result;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Undoes the transaction that {@code failure} ended; a failing rollback is added to it. */
  private static void rollBack(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Hands the connection back as it came, also when the transaction never began: sqlite-jdbc turns
   * auto-commit off before its BEGIN, so a BEGIN that met another program's lock would otherwise leave
   * a pooled connection that never begins a transaction again.
   */
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // Nothing was open to end (the BEGIN failed), or the connection is broken and the pool drops it.
    }
  }

  /** The driver's message only: a statement's arguments may be personal data. */
  private static StorageException failed(SQLException e) {
    return new StorageException("the database could not be read or written: " + e.getMessage(), e);
  }

  /**
   * The revision as last read from the database: read again when this program has committed a change
   * since, or when the reading is older than {@link #REVISION_LAG_MILLIS} ms (another program's changes).
   */
  @Override
  public long revision() {
    Revision seen = known;
    long committed = commits.get();
    long now = System.nanoTime();
    if (seen.commits() != committed || now - seen.readAt() > TimeUnit.MILLISECONDS.toNanos(REVISION_LAG_MILLIS)) {
      // Counted before reading, so the reading includes at least these commits.
      seen = new Revision(inReadOnlyTransaction(UNNAMED, () -> withConnection(connection ->
          Statements.first(connection, dialect.revisionQuery(), List.of(), row -> row.getLong(1)).orElseThrow())),
          committed, now);
      known = seen;
    }
    return seen.value();
  }

  /** A reading of the database's revision, after this program's {@code commits}, at {@code readAt} (nanos). */
  private record Revision(long value, long commits, long readAt) {}

  /**
   * Runs {@code statements} on the thread's transaction, or in a short one of their own.
   *
   * @throws StorageException when a statement fails
   */
  <T> T withConnection(SqlWork<T> statements) {
    Transaction joined = current.get();
    if (joined == null) {
      return inTransaction(UNNAMED, () -> withConnection(statements));
    }
    try {
      return statements.on(joined.connection);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Appends who changed which entity, when and in which use case. Ids and names only, no personal data. */
  void audit(Connection connection, String entity, UUID id, String action) throws SQLException {
    auditAll(connection, entity, List.of(id), action);
  }

  /** Appends one audit row for each of {@code ids}, in one batch. */
  void auditAll(Connection connection, String entity, List<UUID> ids, String action) throws SQLException {
    Transaction transaction = current.get();
    transaction.changed = true;
    Object at = dialect.instant(clock.instant());
    Statements.batch(connection,
        "INSERT INTO audit_log (at, who, use_case, entity, entity_id, action) VALUES (?, ?, ?, ?, ?, ?)",
        ids.stream().map(id -> List.of(at, who, transaction.useCase, entity, dialect.id(id), action)).toList());
  }

  /** The open transaction of one thread, and the use case running in it now. */
  private static final class Transaction {
    private final Connection connection;
    private String useCase;
    private boolean changed;

    Transaction(Connection connection, String useCase) {
      this.connection = connection;
      this.useCase = useCase;
    }

    /** Runs a nested use case in this transaction; its saves are audited under its own name. */
    <T> T as(String nested, Supplier<T> work) {
      String outer = useCase;
      useCase = UNNAMED.equals(nested) ? outer : nested;
      try {
        return work.get();
      } finally {
        useCase = outer;
      }
    }
  }
}
