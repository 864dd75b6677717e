package dk.kreds.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sqlite store keeps the same repository contracts as the in-memory one. */
class SqliteContractsTest extends JdbcContractsTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.sqlite();

  @Override
  TestDatabase db() {
    return db;
  }
}
