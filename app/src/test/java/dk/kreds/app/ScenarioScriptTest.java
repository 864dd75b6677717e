package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.meeting.MeetingId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference scenario through the command line alone: docs/examples/stormode.sh, run line by line
 * on a SQLite file, gives the write-up that {@code kreds demo --format json} gives, to the last field
 * (only the demo's list of what it invents is left out of the comparison).
 */
class ScenarioScriptTest {

  private static final Path SCRIPT = Path.of("..", "docs", "examples", "stormode.sh");

  @TempDir
  Path dir;

  @Test
  void givenTheStormodeScript_whenReplayedThroughTheCommandLine_thenTheWriteUpIsTheDemos() throws IOException {
    Shell script = new Shell(dir.resolve("script"));
    Shell.Run last = null;
    String now = null;
    for (Line line : lines()) {
      if (line.now() != null) {
        now = line.now();
        script.at(now);
      } else if (line.args().subList(0, 2).equals(List.of("meeting", "groups")) && !hasGroupsCommand(script)) {
        formGroups(dir.resolve("script"), now);
      } else {
        last = script.ok(line.args().toArray(String[]::new));
      }
    }
    JsonNode demo = new Shell(dir.resolve("demo")).ok("demo", "--format", "json").json();
    JsonNode replayed = last.json();

    ((ObjectNode) demo).remove("illustrative");
    ((ObjectNode) replayed).remove("illustrative");
    assertThat(replayed.path("attendance").toString())
        .isEqualTo("{\"invited\":22,\"present\":15,\"absent\":7,\"writtenContributions\":7}");
    assertThat(replayed.path("groups")).hasSize(3);
    assertThat(replayed.path("followUp").path("nextMeeting").asText()).isEqualTo("2015-05-25");
    assertThat(replayed.path("publishedOn").asText()).isEqualTo("2014-12-12");
    assertThat(replayed).isEqualTo(demo);
  }

  /** A command of the script, or the time the following commands run at. */
  record Line(String now, List<String> args) {}

  private static List<Line> lines() throws IOException {
    List<Line> lines = new ArrayList<>();
    String pending = "";
    for (String raw : Files.readAllLines(SCRIPT, StandardCharsets.UTF_8)) {
      if (raw.endsWith("\\")) {
        pending += raw.substring(0, raw.length() - 1);
        continue;
      }
      String line = (pending + raw).strip();
      pending = "";
      if (line.startsWith("export KREDS_NOW=")) {
        lines.add(new Line(line.substring("export KREDS_NOW=".length()), List.of()));
      } else if (line.startsWith("kreds ")) {
        List<String> words = words(line.replace(" > /dev/null", ""));
        lines.add(new Line(null, words.subList(1, words.size())));
      }
    }
    return lines;
  }

  /** The words of a shell line, with "…" quoting as the script uses it. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Whether {@code kreds meeting groups} exists in this build. It is written on another branch
   * (MeetingGroupsCommand); until it is merged, the script's groups line is done by the use case the
   * command will call, on the same database.
   */
  private static boolean hasGroupsCommand(Shell shell) {
    return shell.run("meeting", "groups", "--help").out().startsWith("Usage: kreds meeting groups");
  }

  private static void formGroups(Path home, String now) {
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + home.resolve("kreds.db"))) {
      UseCases use = ServiceFactory.create(storage.ports(), storage, Main.clock(Map.of("KREDS_NOW", now)));
      MeetingId meeting = use.listMeetings().list(new ListMeetingsUseCase.Command(Optional.empty())).stream()
          .filter(m -> m.time().date().equals(LocalDate.of(2014, 11, 25))).findFirst().orElseThrow().id();
      use.formDialogueGroups().form(new FormDialogueGroupsUseCase.Command(meeting, 1, Optional.empty()));
    }
  }
}
