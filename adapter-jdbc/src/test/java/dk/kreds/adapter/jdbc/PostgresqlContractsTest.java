package dk.kreds.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The Postgresql store keeps the same repository contracts as the in-memory one. */
class PostgresqlContractsTest extends JdbcContractsTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.postgresql();

  @Override
  TestDatabase db() {
    return db;
  }
}
