package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds} stores what it does in the database the user chose, and only when a command needs it. */
class StorageWiringTest {

  @TempDir
  Path home;

  record Run(int exitCode, String out, String err) {}

  private Run kreds(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void givenKredsHome_whenTheDemoRunsTwice_thenTheScenarioIsStoredOnceAndPrintedTwice() throws SQLException {
    Map<String, String> environment = Map.of("KREDS_HOME", home.toString());

    Run first = kreds(environment, "demo", "--lang", "en");
    Run second = kreds(environment, "demo", "--lang", "en");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out()).contains("Stormøde");
    String url = "jdbc:sqlite:" + home.resolve("kreds.db");
    assertThat(count(url, "SELECT COUNT(*) FROM circle")).isEqualTo(1);
    assertThat(count(url, "SELECT COUNT(*) FROM meeting WHERE starts_at LIKE '2014-11-25%'")).isEqualTo(1);
    assertThat(count(url, "SELECT COUNT(*) FROM actor")).isEqualTo(25);
    assertThat(count(url, "SELECT COUNT(*) FROM invitation WHERE response = 'DECLINED'")).isPositive();
  }

  @Test
  void givenDbOption_whenTheDemoRuns_thenThatDatabaseIsUsedAndNotKredsHome() throws SQLException {
    Path other = home.resolve("andet sted/kreds-øvelse.db");

    Run run = kreds(Map.of("KREDS_HOME", home.resolve("unused").toString()), "--db", "jdbc:sqlite:" + other, "demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(count("jdbc:sqlite:" + other, "SELECT COUNT(*) FROM circle")).isEqualTo(1);
    assertThat(home.resolve("unused")).doesNotExist();
  }

  @Test
  void givenKredsDbUrl_whenNoOptionIsGiven_thenTheEnvironmentChoosesTheDatabase() throws SQLException {
    Path chosen = home.resolve("valgt.db");

    Run run = kreds(Map.of("KREDS_HOME", home.resolve("unused").toString(), "KREDS_DB_URL", "jdbc:sqlite:" + chosen), "demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(count("jdbc:sqlite:" + chosen, "SELECT COUNT(*) FROM circle")).isEqualTo(1);
  }

  @Test
  void givenASchemaNewerThanTheProgram_whenACommandNeedsStorage_thenAStorageFailureNamesBothVersions() throws SQLException {
    Map<String, String> environment = Map.of("KREDS_HOME", home.toString());
    assertThat(kreds(environment, "demo").exitCode()).isZero();
    String url = "jdbc:sqlite:" + home.resolve("kreds.db");
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
          + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__f.sql', 0,"
          + " 'test', 0, 1)");
    }

    Run run = kreds(environment, "demo");

    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(run.err()).contains("schema version 99").contains("version 3").doesNotContain("Exception");
  }

  @Test
  void givenHelp_whenRun_thenNoDatabaseIsOpened() throws Exception {
    Run run = kreds(Map.of("KREDS_HOME", home.toString()), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--db");
    try (var files = Files.list(home)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void givenAnUnsupportedUrl_whenACommandNeedsStorage_thenAUsageErrorNamesTheKindsThatWork() {
    Run run = kreds(Map.of("KREDS_HOME", home.toString()), "--db", "jdbc:mysql://localhost/kreds", "demo");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("jdbc:sqlite:").doesNotContain("Exception");
  }

  private static long count(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); ResultSet rs = connection.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
