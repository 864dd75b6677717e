package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage on SQLite in a temporary file, and what only SQLite has: its pragmas and the default file. */
class SqliteStorageTest extends StorageTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.sqlite();

  @Override
  TestDatabase db() {
    return db;
  }

  @Test
  void givenAFreshConnection_whenAsked_thenEveryPragmaIsSet() throws SQLException {
    JdbcStorage storage = db.open(db.freshUrl());

    try (Connection connection = storage.dataSource().getConnection()) {
      assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(connection, "busy_timeout")).isEqualTo("5000");
      assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
      assertThat(pragma(connection, "secure_delete")).isEqualTo("1");
    }
  }

  @Test
  void givenKredsHome_whenTheDefaultIsAsked_thenTheFileIsInIt() {
    assertThat(JdbcStorage.defaultUrl(Map.of("KREDS_HOME", "/srv/kreds"))).isEqualTo("jdbc:sqlite:/srv/kreds/kreds.db");
    assertThat(JdbcStorage.defaultUrl(Map.of()))
        .isEqualTo("jdbc:sqlite:" + System.getProperty("user.home") + "/.kreds/kreds.db");
  }

  @Test
  void givenAMissingFolder_whenOpened_thenItIsCreated() {
    String url = db.freshUrl().replace("kreds.db", "ny/mappe/kreds.db");

    db.open(url).ports().actors().save(Samples.actor("Kooperationen"));

    assertThat(count(url, "actor")).isEqualTo(1);
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
