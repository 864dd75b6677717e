package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stored JSON is a format that databases keep across releases: it must not drift. */
class DocumentFormatTest {

  private static final Map<String, DocumentFormat<?>> FORMATS =
      Map.of("actor", new ActorDocument(), "circle", new CircleDocument(), "meeting", new MeetingDocument());

  private final MeetingDocument meetings = new MeetingDocument();

  @Test
  void givenTheDocumentsOfTheFirstRelease_whenReadAndWrittenAgain_thenTheSameText(@TempDir Path folder)
      throws IOException, SQLException {
    Path file = folder.resolve("kreds.db");
    try (InputStream fixture = DocumentFormatTest.class.getResourceAsStream("/schema-1/kreds.db")) {
      Files.copy(fixture, file);
    }
    SoftAssertions softly = new SoftAssertions();
    int count = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (Map.Entry<String, DocumentFormat<?>> table : FORMATS.entrySet()) {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT version, document FROM " + table.getKey())) {
          while (rows.next()) {
            String stored = rows.getString("document");
            softly.assertThat(rewritten(table.getValue(), stored, rows.getLong("version"))).as(table.getKey()).isEqualTo(stored);
            count++;
          }
        }
      }
    }
    softly.assertAll();
    assertThat(count).isEqualTo(27 + 1 + 2);
  }

  /** Every optional part present and absent, every kind of round and response, text that must be escaped. */
  @Test
  void givenRichStates_whenWritten_thenTheTextTheFirstReleaseWrote() throws IOException {
    assertThat(new ActorDocument().write(RichStates.actor(7))).isEqualTo(golden("actor"));
    assertThat(new CircleDocument().write(RichStates.circle(7))).isEqualTo(golden("circle"));
    assertThat(meetings.write(RichStates.meeting(7))).isEqualTo(golden("meeting"));
  }

  @Test
  void givenTheDocumentsOfRichStates_whenRead_thenTheStatesAtTheRowsVersion() throws IOException {
    assertThat(new ActorDocument().read(golden("actor"), 7)).isEqualTo(RichStates.actor(7));
    assertThat(new CircleDocument().read(golden("circle"), 7)).isEqualTo(RichStates.circle(7));
    assertThat(meetings.read(golden("meeting"), 3)).isEqualTo(RichStates.meeting(3));
  }

  @Test
  void givenFieldsInAnotherOrderAndAnOptionalOneLeftOut_whenRead_thenTheSameState() throws IOException {
    String reordered = "{\"revision\":2," + golden("meeting").substring(1)
        .replace("\"revision\":2,\"publishedOn\":\"2014-12-11\",", "")
        .replace("{\"type\":\"dialogue\",\"groups\":2,\"topic\":null}", "{\"groups\":2,\"type\":\"dialogue\"}");
    Meeting.State expected = RichStates.meeting(1);

    assertThat(meetings.read(reordered, 1)).isEqualTo(new Meeting.State(expected.id(), 1, expected.circle(), expected.plan(),
        expected.status(), expected.revision(), java.util.Optional.empty(), expected.invitations(), expected.contributions(),
        expected.groups(), expected.plenaryChallenges(), expected.decisions(), expected.actionItems(), expected.followUp()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a required field is missing       | "circle":"00004b52-4544-5300-0000-000000000005",  |                         | field 'circle' is missing
      a required field is null          | "status":"PUBLISHED"                              | "status":null           | field 'status' must not be null
      a field this program does not know | "revision":2                                     | "revision":2,"extra":1  | field 'extra' is not a field of this document
      a number where text belongs       | "kind":"NOTED"                                    | "kind":7                | field 'decisions[1].kind' must be a text
      a fraction where a count belongs  | "revision":2                                      | "revision":2.5          | holds a VALUE_NUMBER_FLOAT
      a kind of round no release wrote  | "type":"closing"                                  | "type":"lunch"          | field 'plan.agenda[4].type' names no known kind
      a constant no release wrote       | "attendance":"ABSENT"                             | "attendance":"LATE"     | field 'invitations[1].attendance' breaks a rule (IllegalArgumentException)
      an id that is no id               | "next":"00004b52-4544-5300-0000-00000000000a"     | "next":"soon"           | field 'followUp.next' breaks a rule
      a text where a list belongs       | "conveners":["00004b52-4544-5300-0000-000000000001","00004b52-4544-5300-0000-000000000002"] | "conveners":"all" | field 'plan.conveners' must be an array
      a field written twice             | "revision":2                                      | "revision":2,"revision":3 | (JsonParseException)
      """)
  void givenABrokenDocument_whenRead_thenTheErrorNamesTheFieldAndTheRuleButNoValue(String broken, String part,
      String replacement, String error) throws IOException {
    String document = golden("meeting").replace(part, replacement == null ? "" : replacement);
    assertThat(document).isNotEqualTo(golden("meeting"));

    assertThatThrownBy(() -> meetings.read(document, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a stored meeting does not restore")
        .hasMessageContaining(error)
        .hasMessageNotContaining("Stormøde");
  }

  @Test
  void givenTextAfterTheDocument_whenRead_thenAnError() throws IOException {
    assertThatThrownBy(() -> meetings.read(golden("meeting") + "{}", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a stored meeting does not restore: the document goes on after its end");
  }

  @Property
  void givenAnyText_whenWrittenAndRead_thenTheSameState(@ForAll String decision, @ForAll String challenge) {
    Meeting.State rich = RichStates.meeting(4);
    Meeting.State state = new Meeting.State(rich.id(), 4, rich.circle(), rich.plan(), rich.status(), rich.revision(),
        rich.publishedOn(), rich.invitations(), rich.contributions(), rich.groups(), List.of("»" + challenge + "«"),
        List.of(new Decision("»" + decision + "«", DecisionKind.MAJORITY)), rich.actionItems(), rich.followUp());

    assertThat(meetings.read(meetings.write(state), 4)).isEqualTo(state);
  }

  private static <S> String rewritten(DocumentFormat<S> format, String stored, long version) {
    return format.write(format.read(stored, version));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = DocumentFormatTest.class.getResourceAsStream("/documents/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
