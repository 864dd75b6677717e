package dk.kreds.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC with {@code ?} parameters, bound in order with {@link PreparedStatement#setObject}: the
 * few shapes of statement the repositories need. JDBI did this before; starting it cost a command-line
 * run more than its whole query (docs/decisions/0046-plain-jdbc-and-connections-per-command.md).
 */
final class Statements {

  private Statements() {}

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Work on the connection of a transaction. */
  @FunctionalInterface
  interface SqlWork<T> {
    T on(Connection connection) throws SQLException;
  }

  /** The rows {@code sql} selects with {@code parameters}, each read by {@code reader}. */
  static <T> List<T> list(Connection connection, String sql, List<?> parameters, RowReader<T> reader)
      throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> read = new ArrayList<>();
      while (rows.next()) {
        read.add(reader.read(rows));
      }
      return read;
    }
  }

  /** The first row {@code sql} selects with {@code parameters}, if any. */
  static <T> Optional<T> first(Connection connection, String sql, List<?> parameters, RowReader<T> reader)
      throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
    }
  }

  /** Runs {@code sql} with {@code parameters}; the number of rows it changed. */
  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, Arrays.asList(parameters))) {
      return statement.executeUpdate();
    }
  }

  /** Runs {@code sql} once for each parameter list of {@code rows}, in one batch; nothing when empty. */
  static void batch(Connection connection, String sql, List<? extends List<?>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<?> row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** {@code count} parameters for an {@code IN (…)} list. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static PreparedStatement prepared(Connection connection, String sql, List<?> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  /** Binds {@code parameters} in order; a null as SQL NULL of the column's type. */
  private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
