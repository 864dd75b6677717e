package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.StorageException;
import dk.kreds.application.port.out.UnitOfWork;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One database transaction per use case. The transaction belongs to the thread that started it; a
 * unit of work started inside another joins it, and a repository call outside any runs in a short
 * transaction of its own. Every save appends its audit row through {@link #audit} on the same handle,
 * so the row and the change commit or roll back together.
 */
final class JdbcUnitOfWork implements UnitOfWork {

  /** The use case recorded for work that does not name one, e.g. a repository call on its own. */
  static final String UNNAMED = "unnamed";

  private final Jdbi jdbi;
  private final Jdbi reads;
  private final Dialect dialect;
  private final Clock clock;
  private final String who;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  /** Transactions of this program that changed something and committed. */
  private final AtomicLong commits = new AtomicLong();
  private volatile Revision known = new Revision(0, -1, 0);

  /**
   * @param jdbi the connections for use cases that write
   * @param reads the connections for read-only use cases; may be {@code jdbi}
   */
  JdbcUnitOfWork(Jdbi jdbi, Jdbi reads, Dialect dialect, Clock clock, String who) {
    this.jdbi = jdbi;
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
    return inTransaction(jdbi, useCase, work);
  }

  /** On SQLite, a transaction that begins DEFERRED and so takes no write lock; nested, the outer one. */
  @Override
  public <T> T inReadOnlyTransaction(String useCase, Supplier<T> work) {
    return inTransaction(reads, useCase, work);
  }

  private <T> T inTransaction(Jdbi connections, String useCase, Supplier<T> work) {
    Transaction joined = current.get();
    if (joined != null) {
      return joined.as(useCase, work);
    }
    try {
      Transaction[] started = new Transaction[1];
      T result = connections.inTransaction(handle -> {
        started[0] = new Transaction(handle, useCase);
        current.set(started[0]);
        try {
          return work.get();
        } finally {
          current.remove();
        }
      });
      if (started[0].changed) {
        commits.incrementAndGet();
      }
      return result;
    } catch (JdbiException e) {
      // The driver's message only: JDBI's own names the statement's arguments, which may be personal data.
      String reason = e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getMessage();
      throw new StorageException("the database could not be read or written: " + reason, e);
    }
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
      seen = new Revision(inReadOnlyTransaction(UNNAMED, () -> withHandle(handle ->
          handle.createQuery(dialect.revisionQuery()).mapTo(Long.class).one())), committed, now);
      known = seen;
    }
    return seen.value();
  }

  /** A reading of the database's revision, after this program's {@code commits}, at {@code readAt} (nanos). */
  private record Revision(long value, long commits, long readAt) {}

  /** Runs {@code statements} on the thread's transaction, or in a short one of their own. */
  <T> T withHandle(Function<Handle, T> statements) {
    Transaction joined = current.get();
    if (joined != null) {
      return statements.apply(joined.handle);
    }
    return inTransaction(UNNAMED, () -> statements.apply(current.get().handle));
  }

  /** Appends who changed which entity, when and in which use case. Ids and names only, no personal data. */
  void audit(Handle handle, String entity, UUID id, String action) {
    auditAll(handle, entity, List.of(id), action);
  }

  /** Appends one audit row for each of {@code ids}, in one batch. */
  void auditAll(Handle handle, String entity, List<UUID> ids, String action) {
    Transaction transaction = current.get();
    transaction.changed = true;
    Object at = dialect.instant(clock.instant());
    try (PreparedStatement batch = handle.getConnection().prepareStatement(
        "INSERT INTO audit_log (at, who, use_case, entity, entity_id, action) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (UUID id : ids) {
        batch.setObject(1, at);
        batch.setString(2, who);
        batch.setString(3, transaction.useCase);
        batch.setString(4, entity);
        batch.setObject(5, dialect.id(id));
        batch.setString(6, action);
        batch.addBatch();
      }
      batch.executeBatch();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /** The open transaction of one thread, and the use case running in it now. */
  private static final class Transaction {
    private final Handle handle;
    private String useCase;
    private boolean changed;

    Transaction(Handle handle, String useCase) {
      this.handle = handle;
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
