package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.out.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage on PostgreSQL, each test in a schema of its own that is dropped after it. Skipped when no
 * server answers, unless {@code CI=true}.
 */
class PostgresqlStorageTest extends StorageTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.postgresql();

  @Override
  TestDatabase db() {
    return db;
  }

  @Test
  void givenPostgresql_whenBackingUpToAFile_thenRefusedPointingToPgDump(@TempDir Path dir) {
    JdbcStorage storage = db.open(db.freshUrl());
    Path copy = dir.resolve("kopi.db");

    assertThatThrownBy(() -> storage.backupTo(copy))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("pg_dump");
    org.assertj.core.api.Assertions.assertThat(Files.exists(copy)).isFalse();
  }
}
