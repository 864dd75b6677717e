package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlite.SQLiteDataSource;

/** Opening a database whose schema is current skips Flyway; anything else goes through it. */
class SchemaVersionTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.sqlite();

  @Test
  void givenTheMigrations_whenComparingTheNewestOfEachDialect_thenBothAreTheProgramsSchemaVersion() throws IOException {
    for (String dialect : List.of("sqlite", "postgresql")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", dialect))) {
        MigrationVersion newest = Stream.concat(
                files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9._]+__.*\\.sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'))),
                Stream.of(new V2_1__FillActorOverviewColumns().getVersion()))
            .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(newest.getVersion()).as(dialect).isEqualTo(JdbcStorage.SCHEMA_VERSION);
      }
    }
  }

  @Test
  void givenAFreshFile_whenOpenedOnce_thenItsSchemaIsCurrentFromThenOn() {
    String url = db.freshUrl();
    SQLiteDataSource raw = new SQLiteDataSource();
    raw.setUrl(url);

    assertThat(JdbcStorage.schemaIsCurrent(raw)).as("no history yet").isFalse();
    db.open(url);
    assertThat(JdbcStorage.schemaIsCurrent(raw)).isTrue();
  }

  @Test
  void givenAFailedOrANewerMigrationInTheHistory_whenAsked_thenNotCurrentSoFlywayDecides() {
    for (String row : List.of("(98, '0.5', 'failed', 'SQL', 'V0_5__f.sql', 0, 'test', 0, 0)",
        "(99, '99', 'future', 'SQL', 'V99__f.sql', 0, 'test', 0, 1)")) {
      String url = db.freshUrl();
      db.open(url);
      TestDatabase.raw(url).useHandle(handle -> handle.execute("INSERT INTO flyway_schema_history (installed_rank, version,"
          + " description, type, script, checksum, installed_by, execution_time, success) VALUES " + row));
      SQLiteDataSource raw = new SQLiteDataSource();
      raw.setUrl(url);

      assertThat(JdbcStorage.schemaIsCurrent(raw)).as(row).isFalse();
    }
  }
}
