package dk.kreds.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

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
}
