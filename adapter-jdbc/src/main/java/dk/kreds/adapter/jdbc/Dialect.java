package dk.kreds.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases: where the migrations are, how ids, times and days are bound,
 * and how a broken unique constraint is reported. The SQL of the statements is the same for both.
 */
enum Dialect {

  /** The embedded default: ids, times and days as ISO-8601 text, readable with {@code sqlite3}. */
  SQLITE("sqlite") {
    @Override
    Object id(UUID id) {
      return id.toString();
    }

    @Override
    Object instant(Instant instant) {
      return ISO_UTC.format(instant);
    }

    @Override
    Instant instant(ResultSet row, String column) throws SQLException {
      return Instant.parse(row.getString(column));
    }

    @Override
    Object date(LocalDate date) {
      return date.toString();
    }

    /** One writer at a time: audit rows are numbered in the order their changes commit. */
    @Override
    String revisionQuery() {
      return "SELECT coalesce(max(id), 0) FROM audit_log";
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      return e instanceof SQLiteException sqlite
          && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
              || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }
  },

  /** A shared deployment: native uuid, timestamptz and date columns. */
  POSTGRESQL("postgresql") {
    @Override
    Object id(UUID id) {
      return id;
    }

    @Override
    Object instant(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    Instant instant(ResultSet row, String column) throws SQLException {
      return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    @Override
    Object date(LocalDate date) {
      return date;
    }

    /**
     * The server's snapshot (oldest running writer, next transaction id, running writers) changes when
     * any writing transaction starts or ends. The newest audit row would not do: concurrent writers may
     * commit in another order than they numbered their rows.
     */
    @Override
    String revisionQuery() {
      return "SELECT hashtextextended(pg_current_snapshot()::text, 0)";
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      return "23505".equals(e.getSQLState());
    }
  };

  /**
   * UTC to the millisecond, always the same width, so that {@code ORDER BY} on the text sorts as the
   * instants do. The column is a copy for filtering; the document keeps the exact time and its zone.
   */
  private static final DateTimeFormatter ISO_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String vendor;

  Dialect(String vendor) {
    this.vendor = vendor;
  }

  /** The dialect of a JDBC URL. */
  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '" + jdbcUrl + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE");
  }

  /** Where this database's Flyway migrations are in the jar. */
  String migrations() {
    return "classpath:db/migration/" + vendor;
  }

  abstract Object id(UUID id);

  abstract Object instant(Instant instant);

  /** The instant in {@code column} of the current row, as {@link #instant(Instant)} stored it. */
  abstract Instant instant(ResultSet row, String column) throws SQLException;

  abstract Object date(LocalDate date);

  /** Whether {@code e} reports a broken UNIQUE or PRIMARY KEY constraint. */
  abstract boolean isUniqueViolation(SQLException e);

  /** One number that changes whenever a change to the aggregates is committed, by any program. */
  abstract String revisionQuery();
}
