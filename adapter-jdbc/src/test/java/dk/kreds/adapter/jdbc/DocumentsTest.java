package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored JSON is a format that databases keep across releases: it must not drift. */
class DocumentsTest {

  private final Documents documents = new Documents();

  @Test
  void givenTheDocumentsOfThePreviousRelease_whenReadAndWrittenAgain_thenTheSameText(@TempDir Path folder)
      throws IOException, SQLException {
    Path file = folder.resolve("kreds.db");
    try (InputStream fixture = DocumentsTest.class.getResourceAsStream("/schema-1/kreds.db")) {
      Files.copy(fixture, file);
    }
    Map<String, Class<?>> states = Map.of("actor", Actor.State.class, "circle", Circle.State.class, "meeting", Meeting.State.class);
    SoftAssertions softly = new SoftAssertions();
    int count = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (Map.Entry<String, Class<?>> table : states.entrySet()) {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT version, document FROM " + table.getKey())) {
          while (rows.next()) {
            String stored = rows.getString("document");
            Object state = documents.read(stored, rows.getLong("version"), table.getValue());
            softly.assertThat(documents.write(state)).as(table.getKey()).isEqualTo(stored);
            count++;
          }
        }
      }
    }
    softly.assertAll();
    assertThat(count).isEqualTo(27 + 1 + 2);
  }
}
