package dk.kreds.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite, opened as one command-line run opens it (a connection per transaction), keeps the same repository contracts as the in-memory store. */
class SqlitePerTransactionContractsTest extends JdbcContractsTest {

  @RegisterExtension
  final TestDatabase db = TestDatabase.sqlitePerTransaction();

  @Override
  TestDatabase db() {
    return db;
  }
}
