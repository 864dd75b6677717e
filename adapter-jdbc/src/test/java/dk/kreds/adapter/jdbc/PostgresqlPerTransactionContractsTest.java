package dk.kreds.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL, opened as one command-line run opens it (a connection per transaction), keeps the same repository contracts as the in-memory store. */
class PostgresqlPerTransactionContractsTest extends JdbcContractsTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.postgresqlPerTransaction();

  @Override
  TestDatabase db() {
    return db;
  }
}
