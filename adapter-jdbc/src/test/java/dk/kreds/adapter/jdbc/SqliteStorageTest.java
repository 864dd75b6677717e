package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.Ports;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
  void givenCommitsFillingTheLog_whenTheBackgroundCheckpoints_thenNoCommitCheckpointedAndItCopiesThemAll() throws SQLException {
    JdbcStorage storage = db.open(db.freshUrl(), Duration.ofDays(1)); // the background never comes round
    ActorRepository actors = storage.ports().actors();
    for (int i = 0; i < 400; i++) {
      actors.save(Samples.actor("Aktør nummer " + i));
    }

    WalCheckpoints.Progress progress = storage.checkpoints().orElseThrow().checkpoint();

    // SQLite's own rule would have checkpointed inside the commit that passed 1,000 pages.
    assertThat(progress.logged()).isGreaterThan(1_000);
    assertThat(progress.checkpointed()).isEqualTo(progress.logged());
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

  @Test
  void givenAnotherStorageWritingTheFile_whenBackingUp_thenTheCopyIsWholeAndHoldsTheCommittedData() throws SQLException {
    String url = db.freshUrl();
    JdbcStorage storage = db.open(url);
    storage.ports().actors().save(Samples.actor("Kooperationen"));
    Ports other = db.open(url).ports();
    java.nio.file.Path copy = java.nio.file.Path.of(url.substring("jdbc:sqlite:".length())).resolveSibling("kopi.db");

    other.unitOfWork().run(() -> {
      other.actors().save(Samples.actor("Ældresagen")); // not committed while the copy is taken
      storage.backupTo(copy);
    });

    String copyUrl = "jdbc:sqlite:" + copy;
    try (Connection connection = java.sql.DriverManager.getConnection(copyUrl)) {
      assertThat(pragma(connection, "integrity_check")).isEqualTo("ok");
    }
    assertThat(count(copyUrl, "actor")).isEqualTo(1);
    assertThat(db.open(copyUrl).ports().actors().findAll()).extracting(a -> a.profile().name()).containsExactly("Kooperationen");
  }

  @Test
  void givenAnExistingFile_whenBackingUp_thenRefusedAndTheFileIsKept() throws Exception {
    String url = db.freshUrl();
    JdbcStorage storage = db.open(url);
    java.nio.file.Path copy = java.nio.file.Files.writeString(
        java.nio.file.Path.of(url.substring("jdbc:sqlite:".length())).resolveSibling("kopi.db"), "keep");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.backupTo(copy))
        .isInstanceOf(dk.kreds.application.port.out.StorageException.class)
        .hasMessageContaining("exists already");
    assertThat(java.nio.file.Files.readString(copy)).isEqualTo("keep");
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
