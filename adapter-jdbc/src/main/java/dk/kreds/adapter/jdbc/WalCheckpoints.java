package dk.kreds.adapter.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Copies the write-ahead log of an SQLite file into the database on a thread of its own. SQLite would
 * otherwise checkpoint inside the commit that fills the log past 1,000 pages, and that one use case
 * would wait for the database file's {@code fsync}: the tail of every write's latency. The writers'
 * connections therefore run with {@code wal_autocheckpoint=0} ({@link #WRITER_SETUP}).
 *
 * <p>The checkpoints are {@code PASSIVE}: they never wait for a lock, and readers and writers never wait
 * for them. They run whether this program wrote or another one did, so the log of a file shared with
 * the web app stays short. When the last connection to a file closes, SQLite checkpoints it anyway.
 */
final class WalCheckpoints implements AutoCloseable {

  /** Run on every new writer connection. */
  static final String WRITER_SETUP = "PRAGMA wal_autocheckpoint=0";

  static final Duration EVERY = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private final ScheduledExecutorService thread;

  private WalCheckpoints(DataSource dataSource) {
    this.dataSource = dataSource;
    this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread daemon = new Thread(task, "kreds-wal-checkpoints");
      daemon.setDaemon(true);
      return daemon;
    });
  }

  /** Checkpoints the file behind {@code dataSource} every {@code period}, starting one period from now. */
  static WalCheckpoints every(Duration period, DataSource dataSource) {
    WalCheckpoints checkpoints = new WalCheckpoints(dataSource);
    long millis = period.toMillis();
    checkpoints.thread.scheduleWithFixedDelay(checkpoints::quietly, millis, millis, TimeUnit.MILLISECONDS);
    return checkpoints;
  }

  /** One passive checkpoint now. */
  Progress checkpoint() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      result.next();
      return new Progress(result.getInt(2), result.getInt(3));
    }
  }

  /** How many pages the log holds, and how many of them are now in the database file. */
  record Progress(int logged, int checkpointed) {}

  private void quietly() {
    try {
      checkpoint();
    } catch (SQLException | RuntimeException e) {
      // The log keeps the committed pages until the next try; a use case meeting the same fault reports it.
    }
  }

  /** Waits for a checkpoint under way, so that the connections can close after it. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(JdbcStorage.BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
