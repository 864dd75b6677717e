package dk.kreds.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh PostgreSQL schemas for end-to-end tests, dropped after each test. The server is
 * {@code KREDS_TEST_PG_URL} (default the local {@code test} database); when it does not answer the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
final class PostgresqlSchema implements AfterEachCallback {

  private final String server = server();
  private final List<String> created = new ArrayList<>();

  /** The JDBC URL of a new, empty schema. */
  String freshUrl() {
    String schema = "kreds_app_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(server)) {
      connection.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true but PostgreSQL at " + server + " does not answer: " + e.getMessage(), e);
      }
      assumeTrue(false, "PostgreSQL at " + server + " does not answer: " + e.getMessage());
    }
    created.add(schema);
    return server + "&currentSchema=" + schema;
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    try (Connection connection = DriverManager.getConnection(server)) {
      for (String schema : created) {
        connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
    created.clear();
  }

  private static String server() {
    String url = System.getenv().getOrDefault("KREDS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    return url.contains("user=") ? url : url + (url.contains("?") ? "&" : "?") + "user=postgres";
  }
}
