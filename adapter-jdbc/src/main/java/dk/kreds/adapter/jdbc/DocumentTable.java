package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.StaleWriteException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

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
  private final Class<S> type;
  private final Dialect dialect;
  private final Documents documents;
  private final JdbcUnitOfWork unitOfWork;

  /**
   * @param table the table, which is also the entity's name in conflicts and the audit log
   */
  DocumentTable(String table, Class<S> type, Dialect dialect, Documents documents, JdbcUnitOfWork unitOfWork) {
    this.table = table;
    this.type = type;
    this.dialect = dialect;
    this.documents = documents;
    this.unitOfWork = unitOfWork;
  }

  Optional<S> find(UUID id) {
    return select("WHERE t.id = :id", q -> q.bind("id", dialect.id(id))).stream().findFirst();
  }

  /** The states of the rows that {@code joinAndWhere} selects from {@code table t}. */
  List<S> select(String joinAndWhere, Consumer<Query> binds) {
    return query("SELECT t.version, t.document FROM " + table + " t " + joinAndWhere, binds,
        (rs, ctx) -> documents.read(rs.getString("document"), rs.getLong("version"), type));
  }

  /** The rows of any query on the table, on the transaction of the use case, mapped by {@code mapper}. */
  <T> List<T> query(String sql, Consumer<Query> binds, RowMapper<T> mapper) {
    return unitOfWork.withHandle(handle -> {
      Query query = handle.createQuery(sql);
      binds.accept(query);
      return query.map(mapper).list();
    });
  }

  /** Every state in the table. */
  List<S> all() {
    return select("", q -> {});
  }

  /**
   * Inserts or updates the row of {@code state}, then lets {@code children} rewrite the rows that
   * hang off it, then appends the audit row: all on the transaction of the use case.
   *
   * @param columns the filter columns and their values, bound as given
   * @param duplicate what a broken unique constraint means, given the database's message and the columns
   * @throws StaleWriteException when {@code loaded} is not the stored version
   */
  void save(UUID id, long loaded, S state, Map<String, Object> columns, Consumer<Handle> children,
      BiFunction<String, Map<String, Object>, RuntimeException> duplicate) {
    unitOfWork.withHandle(handle -> {
      boolean insert = loaded == 0;
      Update update = handle.createUpdate(insert ? insertSql(columns) : updateSql(columns))
          .bind("id", dialect.id(id))
          .bind("next", loaded + 1)
          .bind("document", documents.write(state));
      if (!insert) {
        update.bind("loaded", loaded);
      }
      columns.forEach(update::bind);
      if (execute(update, duplicate, columns) == 0) {
        throw new StaleWriteException(table, id, loaded);
      }
      children.accept(handle);
      unitOfWork.audit(handle, table, id, insert ? "insert" : "update");
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
    unitOfWork.withHandle(handle -> {
      // Plain JDBC with positions: at a hundred thousand rows, binding by name cost more than SQLite's work.
      try (PreparedStatement insert = handle.getConnection().prepareStatement(insertSql(first, name -> "?"))) {
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
          unitOfWork.auditAll(handle, table, chunk.stream().map(Row::id).toList(), "insert");
        }
      } catch (SQLException e) {
        SQLException cause = e.getNextException() == null ? e : e.getNextException();
        if (dialect.isUniqueViolation(cause)) {
          throw duplicate.apply(cause.getMessage(), first);
        }
        throw new UnableToExecuteStatementException(cause, null);
      }
      return null;
    });
  }

  /** A new aggregate's row for {@link #insertAll}: its id, document and filter columns. */
  record Row(UUID id, String document, Map<String, Object> columns) {}

  /** The row of the new aggregate {@code state}; safe to make on any thread. */
  Row row(UUID id, S state, Map<String, Object> columns) {
    return new Row(id, documents.write(state), columns);
  }

  private int execute(Update update, BiFunction<String, Map<String, Object>, RuntimeException> duplicate,
      Map<String, Object> columns) {
    try {
      return update.execute();
    } catch (UnableToExecuteStatementException e) {
      throw uniqueViolation(e, duplicate, columns);
    }
  }

  /** {@code duplicate}'s error for a broken unique constraint; any other failure as it was. */
  private RuntimeException uniqueViolation(UnableToExecuteStatementException e,
      BiFunction<String, Map<String, Object>, RuntimeException> duplicate, Map<String, Object> columns) {
    if (e.getCause() instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
      return duplicate.apply(sql.getMessage(), columns);
    }
    return e;
  }

  private String insertSql(Map<String, Object> columns) {
    return insertSql(columns, name -> ":" + name);
  }

  /** The insert, each value written by {@code parameter} from its name: named for JDBI, {@code ?} for JDBC. */
  private String insertSql(Map<String, Object> columns, UnaryOperator<String> parameter) {
    String names = columns.keySet().stream().map(c -> ", " + c).collect(Collectors.joining());
    String values = columns.keySet().stream().map(c -> ", " + parameter.apply(c)).collect(Collectors.joining());
    return "INSERT INTO " + table + " (id, version" + names + ", document) VALUES (" + parameter.apply("id") + ", "
        + parameter.apply("next") + values + ", " + parameter.apply("document") + ") ON CONFLICT (id) DO NOTHING";
  }

  private String updateSql(Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(c -> c + " = :" + c + ", ").collect(Collectors.joining());
    return "UPDATE " + table + " SET version = :next, " + sets + "document = :document WHERE id = :id AND version = :loaded";
  }
}
