package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.adapter.jdbc.JdbcStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds export}, {@code import} and {@code backup} on SQLite files, wired as the program runs. */
class BackupExportImportTest {

  @TempDir
  Path dir;

  @RegisterExtension
  final PostgresqlSchema postgresql = new PostgresqlSchema();

  record Run(int exitCode, String out, String err) {}

  private Run kreds(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, Map.of("KREDS_HOME", dir.resolve("home").toString()),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  private String db(String name) {
    return "jdbc:sqlite:" + dir.resolve(name);
  }

  @Test
  void givenTheScenario_whenExportedImportedIntoAFreshFileAndExportedAgain_thenTheBytesAreIdentical() throws Exception {
    assertThat(kreds("--db", db("a.db"), "demo").exitCode()).isZero();
    Path file = dir.resolve("kreds.json");

    Run export = kreds("--db", db("a.db"), "export", "--format", "json", "--output", file.toString());
    Run imported = kreds("--db", db("b.db"), "import", file.toString());
    Run again = kreds("--db", db("b.db"), "export", "--format", "json");

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(again.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
    assertThat(again.out()).contains("Kooperationen", "Stormøde", "socialøkonomiske", "Sammenskrivning fra mødet");
    assertThat(kreds("--db", db("b.db"), "demo").out()).isEqualTo(kreds("--db", db("a.db"), "demo").out());
  }

  @Test
  void givenTheScenarioOnSqlite_whenMovedToPostgresqlAndBackByExportAndImport_thenEveryExportIsByteIdentical() throws Exception {
    assertThat(kreds("--db", db("a.db"), "demo").exitCode()).isZero();
    Path file = dir.resolve("kreds.json");
    assertThat(kreds("--db", db("a.db"), "export", "--output", file.toString()).exitCode()).isZero();
    String shared = postgresql.freshUrl();

    Run intoPostgresql = kreds("--db", shared, "import", file.toString());
    Run fromPostgresql = kreds("--db", shared, "export");
    Path back = dir.resolve("tilbage.json");
    Files.writeString(back, fromPostgresql.out());
    Run intoSqlite = kreds("--db", db("c.db"), "import", back.toString());

    assertThat(intoPostgresql.exitCode()).as(intoPostgresql.err()).isZero();
    assertThat(fromPostgresql.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
    assertThat(intoSqlite.exitCode()).as(intoSqlite.err()).isZero();
    assertThat(kreds("--db", db("c.db"), "export").out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
    assertThat(kreds("--db", shared, "demo").out()).isEqualTo(kreds("--db", db("a.db"), "demo").out());
  }

  @Test
  void givenANonEmptyDatabase_whenImporting_thenRefusedWithExit3AndNothingChanges() throws Exception {
    assertThat(kreds("--db", db("a.db"), "demo").exitCode()).isZero();
    Path file = dir.resolve("kreds.json");
    assertThat(kreds("--db", db("a.db"), "export", "--output", file.toString()).exitCode()).isZero();
    long actors = count(db("a.db"), "actor");

    Run run = kreds("--db", db("a.db"), "import", file.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("not empty").hasLineCount(1);
    assertThat(count(db("a.db"), "actor")).isEqualTo(actors);
    assertThat(kreds("--db", db("a.db"), "export").out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void givenMalformedJson_whenImporting_thenExit2NamingTheProblemAndTheDatabaseStaysEmpty() throws Exception {
    assertThat(kreds("--db", db("b.db"), "export").exitCode()).isZero(); // creates the empty database
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"actors\": [}");

    Run run = kreds("--db", db("b.db"), "import", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json", "not a Kreds export", "line 1").hasLineCount(1);
    assertThat(count(db("b.db"), "actor")).isZero();
  }

  @Test
  void givenAnotherStorageHasTheFileOpen_whenBackingUp_thenTheCopyIsWholeAndHoldsTheSameData() throws Exception {
    assertThat(kreds("--db", db("a.db"), "demo").exitCode()).isZero();
    Path copy = dir.resolve("kopi.db");

    Run run;
    try (JdbcStorage webApp = JdbcStorage.open(db("a.db"))) {
      assertThat(webApp.ports().actors().findAll()).isNotEmpty();
      run = kreds("--db", db("a.db"), "backup", copy.toString());
    }

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(integrityCheck("jdbc:sqlite:" + copy)).isEqualTo("ok");
    assertThat(kreds("--db", "jdbc:sqlite:" + copy, "export").out()).isEqualTo(kreds("--db", db("a.db"), "export").out());
  }

  @Test
  void givenAnExistingFile_whenBackingUp_thenRefusedAndTheFileIsKept() throws Exception {
    assertThat(kreds("--db", db("a.db"), "demo").exitCode()).isZero();
    Path copy = Files.writeString(dir.resolve("kopi.db"), "keep");

    Run run = kreds("--db", db("a.db"), "backup", copy.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exists already");
    assertThat(Files.readString(copy)).isEqualTo("keep");
  }

  private static String integrityCheck(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
