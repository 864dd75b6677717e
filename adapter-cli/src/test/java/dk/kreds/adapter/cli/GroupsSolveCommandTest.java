package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kreds groups solve}: standalone planning, no database; JSON for scripts, a table for people. */
class GroupsSolveCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenKirkmansSchoolgirls_whenSolvingAsJson_thenEveryRoundIsAPartitionAndNoPairMeetsTwice() throws IOException {
    Cli.Result result = Cli.run("groups", "solve", "--people", "15", "--groups", "5", "--rounds", "7", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode document = JSON.readTree(result.out());
    assertThat(fieldNames(document)).containsExactly("rounds", "quality");
    assertThat(fieldNames(document.get("quality")))
        .containsExactly("repeats", "lowerBound", "maxPairMeetings", "diversity", "stoppedBy", "millis");
    assertThat(document.get("quality").get("repeats").asInt()).isZero();
    assertThat(document.get("quality").get("stoppedBy").asText()).isEqualTo("OPTIMAL");
    assertThat(document.get("rounds")).hasSize(7).allSatisfy(round -> {
      assertThat(round).hasSize(5).allSatisfy(group -> assertThat(group).hasSize(3));
      Set<Integer> people = new HashSet<>();
      round.forEach(group -> group.forEach(person -> people.add(person.asInt())));
      assertThat(people).hasSize(15).allMatch(p -> p >= 1 && p <= 15);
    });
  }

  @Test
  void givenSizesAndKinds_whenSolving_thenGroupsHaveThoseSizesAndTheTableIsInEnglish(@TempDir Path dir) throws IOException {
    Path kinds = dir.resolve("kinds.txt");
    List<String> lines = new ArrayList<>(List.of("# kind, region"));
    for (int i = 0; i < 7; i++) {
      lines.add(List.of("NGO", "fund", "education").get(i % 3) + ", Region " + i % 2);
    }
    Files.write(kinds, lines, StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("--lang", "en", "groups", "solve", "--people", "7", "--sizes", "3,2,2", "--rounds", "2",
        "--kinds", kinds.toString(), "--budget", "300ms", "--seed", "5");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Round 1", "Round 2", "Group 1", "Group 3", "Repeats: ", "lower bound", "diversity: ");
    assertThat(result.out()).containsPattern("(?m)^  Group 1 +3  \\d, \\d, \\d$").containsPattern("(?m)^  Group 3 +2  \\d, \\d$");
  }

  /** An instance the search solves to its bound, so the clock never decides where it stops. */
  @Test
  void givenTheSameSeed_whenSolvingTwice_thenTheSameGroups() {
    String[] args = {"groups", "solve", "--people", "15", "--groups", "5", "--rounds", "5", "--seed", "9", "--json"};

    String once = Cli.run(args).out();

    assertThat(once).contains("OPTIMAL");
    assertThat(groups(Cli.run(args).out())).isEqualTo(groups(once));
  }

  @Test
  void givenMoreGroupsThanPeople_whenSolving_thenTheRuleIsNamedInDanish() {
    Cli.Result result = Cli.run("groups", "solve", "--people", "3", "--groups", "4");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("deltagere", "færre fremmødte aktører end grupper");
  }

  @Test
  void givenAnUnknownKindInTheFile_whenSolving_thenUsageErrorNamingPersonAndValue(@TempDir Path dir) throws IOException {
    Path kinds = dir.resolve("kinds.txt");
    Files.writeString(kinds, "NGO\nunicorn\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("groups", "solve", "--people", "2", "--groups", "1", "--kinds", kinds.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--kinds", "person 2", "'unicorn'");
  }

  @Test
  void givenBothGroupsAndSizes_whenSolving_thenUsageError() {
    Cli.Result result = Cli.run("groups", "solve", "--people", "6", "--groups", "2", "--sizes", "3,3");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--groups", "--sizes");
  }

  @Test
  void givenABadBudget_whenSolving_thenUsageErrorNamingTheValue() {
    Cli.Result result = Cli.run("groups", "solve", "--people", "6", "--groups", "2", "--budget", "soon");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'soon'");
  }

  @Test
  void givenHelpOrASolve_whenRunning_thenNoDatabaseIsOpened() {
    AtomicBoolean opened = new AtomicBoolean();
    for (String[] args : new String[][] {{"groups", "solve", "--help"}, {"groups", "solve", "--people", "4", "--groups", "2"}}) {
      StringWriter out = new StringWriter();
      CommandLine cli = KredsCommand.commandLine(db -> {
        opened.set(true);
        return Cli.useCases();
      }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

      assertThat(cli.execute(args)).isZero();
      assertThat(out.toString()).isNotEmpty();
    }
    assertThat(opened).isFalse();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode groups(String json) {
    try {
      return JSON.readTree(json).get("rounds");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
