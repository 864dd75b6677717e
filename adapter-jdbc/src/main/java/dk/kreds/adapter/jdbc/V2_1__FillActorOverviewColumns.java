package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills schema 2's actor columns from the documents of a database made by schema 1. A Java migration,
 * because the sort key is the application's Danish collation, which SQL cannot compute.
 */
final class V2_1__FillActorOverviewColumns extends BaseJavaMigration {

  private final ActorDocument format = new ActorDocument();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT id, version, document FROM actor");
        PreparedStatement update = connection.prepareStatement(
            "UPDATE actor SET sort_key = ?, rsv = ?, activities = ? WHERE id = ?")) {
      while (rows.next()) {
        Actor.State actor = format.read(rows.getString("document"), rows.getLong("version"));
        OverviewColumns columns = OverviewColumns.of(actor.profile());
        update.setBytes(1, columns.sortKey());
        update.setBoolean(2, columns.rsv());
        update.setString(3, columns.activities());
        update.setObject(4, rows.getObject("id"));
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
