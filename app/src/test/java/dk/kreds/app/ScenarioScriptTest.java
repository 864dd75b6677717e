package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    for (Line line : lines()) {
      if (line.now() != null) {
        script.at(line.now());
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
    // The mixer may seat people differently from the demo's split, so compare the groups as a partition.
    Set<String> seated = new HashSet<>();
    replayed.path("groups").forEach(group -> {
      assertThat(group.path("members")).hasSize(5);
      group.path("members").forEach(member -> assertThat(seated.add(member.asText())).isTrue());
    });
    Set<String> present = new HashSet<>();
    replayed.path("present").forEach(name -> present.add(name.asText()));
    assertThat(seated).isEqualTo(present);
    withoutMembers(demo);
    withoutMembers(replayed);
    assertThat(replayed).isEqualTo(demo);
  }

  private static void withoutMembers(JsonNode writeUp) {
    writeUp.path("groups").forEach(group -> ((ObjectNode) group).remove("members"));
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
}
