package dk.kreds.adapter.jdbc;

import dk.kreds.adapter.jdbc.Statements.RowReader;
import dk.kreds.application.port.out.StaleWriteException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The table of one aggregate: {@code id}, {@code version}, the columns people filter on, and the
 * {@code document} that holds the whole state. Saving follows the version rule of every store: a
 * version-0 aggregate is inserted only if its id is free; any other is updated only from the version
 * it was loaded at, and then stored one higher. Anything else is a {@link StaleWriteException} and
 * changes nothing.
 */
final class DocumentTable<S> {

  /** Rows per batch of inserts: large enough to save round trips, small enough to keep memory flat. */
  private static final int BATCH = 1_000;

  private final String table;
  private final DocumentFormat<S> format;
  private final Dialect dialect;
  private final JdbcUnitOfWork unitOfWork;

  /**
   * @param table the table, which is also the entity's name in conflicts and the audit log
   */
  DocumentTable(String table, DocumentFormat<S> format, Dialect dialect, JdbcUnitOfWork unitOfWork) {
    this.table = table;
    this.format = format;
    this.dialect = dialect;
    this.unitOfWork = unitOfWork;
  }

  Optional<S> find(UUID id) {
    return select("WHERE t.id = ?", List.of(dialect.id(id))).stream().findFirst();
  }

  /** The states of the rows that {@code joinAndWhere} selects from {@code table t} with {@code parameters}. */
  List<S> select(String joinAndWhere, List<?> parameters) {
    return query("SELECT t.version, t.document FROM " + table + " t " + joinAndWhere, parameters,
        row -> format.read(row.getString("document"), row.getLong("version")));
  }

  /** The rows of any query on the table, on the transaction of the use case, each read by {@code reader}. */
  <T> List<T> query(String sql, List<?> parameters, RowReader<T> reader) {
    return unitOfWork.withConnection(connection -> Statements.list(connection, sql, parameters, reader));
  }

  /** Every state in the table. */
  List<S> all() {
    return select("", List.of());
  }

  /**
   * Inserts or updates the row of {@code state}, then lets {@code children} rewrite the rows that
   * hang off it, then appends the audit row: all on the transaction of the use case.
   *
   * @param columns the filter columns and their values, bound as given
   * @param duplicate what a broken unique constraint means, given the database's message and the columns
   * @throws StaleWriteException when {@code loaded} is not the stored version
   */
  void save(UUID id, long loaded, S state, Map<String, Object> columns, ChildRows children,
      BiFunction<String, Map<String, Object>, RuntimeException> duplicate) {
    unitOfWork.withConnection(connection -> {
      boolean insert = loaded == 0;
      List<Object> parameters = new ArrayList<>();
      if (insert) {
        parameters.add(dialect.id(id));
      }
      parameters.add(loaded + 1);
      parameters.addAll(columns.values());
      parameters.add(format.write(state));
      if (!insert) {
        parameters.add(dialect.id(id));
        parameters.add(loaded);
      }
      int changed;
      try {
        changed = Statements.update(connection, insert ? insertSql(columns) : updateSql(columns), parameters.toArray());
      } catch (SQLException e) {
        throw duplicateOr(e, duplicate, columns);
      }
      if (changed == 0) {
        throw new StaleWriteException(table, id, loaded);
      }
      children.rewrite(connection);
      unitOfWork.audit(connection, table, id, insert ? "insert" : "update");
      return null;
    });
  }

  /**
   * Inserts new aggregates (version 0) in batches of {@value #BATCH} rows, their audit rows likewise, on
   * the transaction of the use case. All rows must have the same columns.
   *
   * @param duplicate what a broken unique constraint means, given the database's message and the
   *     columns of the batch's first row (a batch cannot tell which row broke it)
   */
  void insertAll(List<Row> rows, BiFunction<String, Map<String, Object>, RuntimeException> duplicate) {
    if (rows.isEmpty()) {
      return;
    }
    Map<String, Object> first = rows.get(0).columns();
    unitOfWork.withConnection(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(insertSql(first))) {
        for (int from = 0; from < rows.size(); from += BATCH) {
          List<Row> chunk = rows.subList(from, Math.min(from + BATCH, rows.size()));
          for (Row row : chunk) {
            int index = 1;
            insert.setObject(index++, dialect.id(row.id()));
            insert.setLong(index++, 1L);
            for (Object value : row.columns().values()) {
              insert.setObject(index++, value);
            }
            insert.setString(index, row.document());
            insert.addBatch();
          }
          int[] counts = insert.executeBatch();
          for (int i = 0; i < counts.length; i++) {
            // An id taken already inserts nothing (ON CONFLICT DO NOTHING): as stale as in save().
            if (counts[i] == 0) {
              throw new StaleWriteException(table, chunk.get(i).id(), 0);
            }
          }
          unitOfWork.auditAll(connection, table, chunk.stream().map(Row::id).toList(), "insert");
        }
      } catch (SQLException e) {
        throw duplicateOr(e.getNextException() == null ? e : e.getNextException(), duplicate, first);
      }
      return null;
    });
  }

  /** Rewrites the rows that hang off an aggregate, on the connection of its save. */
  @FunctionalInterface
  interface ChildRows {
    ChildRows NONE = connection -> {};

    void rewrite(Connection connection) throws SQLException;
  }

  /** A new aggregate's row for {@link #insertAll}: its id, document and filter columns. */
  record Row(UUID id, String document, Map<String, Object> columns) {}

  /** The row of the new aggregate {@code state}; safe to make on any thread. */
  Row row(UUID id, S state, Map<String, Object> columns) {
    return new Row(id, format.write(state), columns);
  }

  /** Throws {@code duplicate}'s error for a broken unique constraint; gives any other failure back as it was. */
  private SQLException duplicateOr(SQLException e, BiFunction<String, Map<String, Object>, RuntimeException> duplicate,
      Map<String, Object> columns) {
    if (dialect.isUniqueViolation(e)) {
      throw duplicate.apply(e.getMessage(), columns);
    }
    return e;
  }

  /** Inserts version 1 of a row unless its id is taken: parameters id, the columns in order, document. */
  private String insertSql(Map<String, Object> columns) {
    String names = columns.keySet().stream().map(c -> ", " + c).collect(Collectors.joining());
    return "INSERT INTO " + table + " (id, version" + names + ", document) VALUES (?, ?" + ", ?".repeat(columns.size())
        + ", ?) ON CONFLICT (id) DO NOTHING";
  }

  /** Parameters: the next version, the columns in order, document, id, the loaded version. */
  private String updateSql(Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(c -> c + " = ?, ").collect(Collectors.joining());
    return "UPDATE " + table + " SET version = ?, " + sets + "document = ? WHERE id = ? AND version = ?";
  }
}
