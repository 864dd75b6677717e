package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.StaleWriteException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The table of one aggregate: {@code id}, {@code version}, the columns people filter on, and the
 * {@code document} that holds the whole state. Saving follows the version rule of every store: a
 * version-0 aggregate is inserted only if its id is free; any other is updated only from the version
 * it was loaded at, and then stored one higher. Anything else is a {@link StaleWriteException} and
 * changes nothing.
 */
final class DocumentTable<S> {

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
    return unitOfWork.withHandle(handle -> {
      Query query = handle.createQuery("SELECT t.version, t.document FROM " + table + " t " + joinAndWhere);
      binds.accept(query);
      return query.map((rs, ctx) -> documents.read(rs.getString("document"), rs.getLong("version"), type)).list();
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
   * @param duplicate what a broken unique constraint means, given the database's message
   * @throws StaleWriteException when {@code loaded} is not the stored version
   */
  void save(UUID id, long loaded, S state, Map<String, Object> columns, Consumer<Handle> children,
      Function<String, RuntimeException> duplicate) {
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
      if (execute(update, duplicate) == 0) {
        throw new StaleWriteException(table, id, loaded);
      }
      children.accept(handle);
      unitOfWork.audit(handle, table, id, insert ? "insert" : "update");
      return null;
    });
  }

  /**
   * A new aggregate (version 0) to insert with {@link #insertAll}.
   *
   * @param columns the filter columns and their values; the same names for every row of one batch
   */
  record NewRow<S>(UUID id, S state, Map<String, Object> columns) {}

  /**
   * Inserts new aggregates as one batch, then their audit rows as another: what {@link #save} does for
   * each, with two prepared statements instead of two per aggregate (a bulk import).
   *
   * @param duplicate what a broken unique constraint means, given the row that broke it and the
   *     database's message
   * @throws StaleWriteException when an id is taken already
   */
  void insertAll(List<NewRow<S>> rows, BiFunction<NewRow<S>, String, RuntimeException> duplicate) {
    if (rows.isEmpty()) {
      return;
    }
    unitOfWork.withHandle(handle -> {
      PreparedBatch batch = handle.prepareBatch(insertSql(rows.get(0).columns()));
      for (NewRow<S> row : rows) {
        batch.bind("id", dialect.id(row.id())).bind("next", 1L).bind("document", documents.write(row.state()));
        row.columns().forEach(batch::bind);
        batch.add();
      }
      int[] inserted;
      try {
        inserted = batch.execute();
      } catch (UnableToExecuteStatementException e) {
        if (e.getCause() instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
          // The rows before the failing one went in; a driver that says how many points at the culprit.
          int failed = sql instanceof BatchUpdateException counts ? Math.min(counts.getUpdateCounts().length, rows.size() - 1) : 0;
          throw duplicate.apply(rows.get(failed), sql.getMessage());
        }
        throw e;
      }
      for (int i = 0; i < inserted.length; i++) {
        if (inserted[i] == 0) {
          throw new StaleWriteException(table, rows.get(i).id(), 0);
        }
      }
      unitOfWork.audit(handle, table, rows.stream().map(NewRow::id).toList(), "insert");
      return null;
    });
  }

  private int execute(Update update, Function<String, RuntimeException> duplicate) {
    try {
      return update.execute();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
        throw duplicate.apply(sql.getMessage());
      }
      throw e;
    }
  }

  private String insertSql(Map<String, Object> columns) {
    String names = columns.keySet().stream().map(c -> ", " + c).collect(Collectors.joining());
    String values = columns.keySet().stream().map(c -> ", :" + c).collect(Collectors.joining());
    return "INSERT INTO " + table + " (id, version" + names + ", document) VALUES (:id, :next" + values
        + ", :document) ON CONFLICT (id) DO NOTHING";
  }

  private String updateSql(Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(c -> c + " = :" + c + ", ").collect(Collectors.joining());
    return "UPDATE " + table + " SET version = :next, " + sets + "document = :document WHERE id = :id AND version = :loaded";
  }
}
