package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code kreds demo} reproduces the facts of the Stormøde of 25 November 2014 from the source page. */
class DemoCommandTest {

  private static final String CONVENER_1 = "Kooperationen";
  private static final String CONVENER_2 = "Sociale Entreprenører i Danmark";

  @Test
  void givenNoOptions_whenRunningDemo_thenItPrintsTheDanishWriteUpInMarkdown() {
    assumeTrue(System.getenv("KREDS_LANG") == null, "KREDS_LANG sets another default language");

    Cli.Result result = Cli.run("demo");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    String markdown = result.out();
    assertThat(markdown).startsWith("# Sammenskrivning: Stormøde for aktører i det socialøkonomiske felt i Danmark\n");
    assertThat(markdown).contains(
        "**Dato:** 25. november 2014",
        "**Sted:** Kooperationen, København",
        "**Indkaldt af:** Kooperationen og Sociale Entreprenører i Danmark",
        "| Inviteret | Fremmødt | Fraværende | Skriftlige bidrag |",
        "| 22 | 15 | 7 | 7 |",
        "1. Præsentationsrunde",
        "2. Dialogrunde i 3 grupper",
        "3. Afsluttende runde",
        "hvert halve år",
        "Kredsen suppleres med relevante deltagere.",
        "Næste møde: 25. maj 2015 (kredsen mødes hver 6. måned)",
        "- Per Bach, Sociale Entreprenører i Danmark, per@timebank.dk",
        "- Anne Worning, Kooperationen, aw@kooperationen.dk",
        "Diskussionstemaer og opsamlinger postes løbende i Socialøkonomisk Netværk.",
        "Sammenskrivningen er lovet senest 15. december 2014.",
        "## Illustrativt indhold",
        "University College Lillebaelt – masterclass i socialt entreprenørskab");
    assertThat(headings(markdown, "### Gruppe ")).containsExactly("### Gruppe 1", "### Gruppe 2", "### Gruppe 3");
    assertThat(section(markdown, "## Skriftlige bidrag").lines().filter(l -> l.startsWith("### "))).hasSize(7);
  }

  @Test
  void givenLangEn_whenRunningDemo_thenLabelsAreEnglishAndTheFactsTheSame() {
    Cli.Result result = Cli.run("demo", "--lang", "en");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("# Write-up: Stormøde for aktører i det socialøkonomiske felt i Danmark\n");
    assertThat(result.out()).contains(
        "**Date:** 25 November 2014",
        "**Convened by:** Kooperationen and Sociale Entreprenører i Danmark",
        "| Invited | Present | Absent | Written contributions |",
        "| 22 | 15 | 7 | 7 |",
        "2. Dialogue round in 3 groups",
        "Next meeting: 25 May 2015 (the circle meets every 6 months)",
        "- Per Bach, Sociale Entreprenører i Danmark, per@timebank.dk",
        "- Anne Worning, Kooperationen, aw@kooperationen.dk",
        "Discussion themes and summaries are posted to Socialøkonomisk Netværk.",
        "The write-up is promised by 15 December 2014.",
        "## Illustrative content");
    assertThat(headings(result.out(), "### Group ")).hasSize(3);
    assertThat(result.out()).doesNotContain("Sammenskrivning:", "Inviteret", "Næste møde");
  }

  @Test
  void givenTheRootLangOptionBeforeTheSubcommand_whenRunningDemo_thenItAppliesToo() {
    assertThat(Cli.run("--lang", "EN", "demo").out()).startsWith("# Write-up: ");
  }

  @Test
  void givenFormatJson_whenRunningDemo_thenTheFiguresAndFieldsAreExact() throws Exception {
    Cli.Result result = Cli.run("demo", "--format", "json", "--lang", "da");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(result.out());

    JsonNode meeting = json.path("meeting");
    assertThat(meeting.path("title").asText()).isEqualTo("Stormøde for aktører i det socialøkonomiske felt i Danmark");
    assertThat(meeting.path("date").asText()).isEqualTo("2014-11-25");
    assertThat(meeting.path("venue").asText()).isEqualTo("Kooperationen, København");
    assertThat(texts(meeting.path("conveners"))).containsExactly(CONVENER_1, CONVENER_2);
    assertThat(meeting.path("purpose").asText()).startsWith("At samle centrale aktører");
    assertThat(json.path("plenaryChallenges").isArray()).isTrue();

    JsonNode attendance = json.path("attendance");
    assertThat(attendance.path("invited").asInt()).isEqualTo(22);
    assertThat(attendance.path("present").asInt()).isEqualTo(15);
    assertThat(attendance.path("absent").asInt()).isEqualTo(7);
    assertThat(attendance.path("writtenContributions").asInt()).isEqualTo(7);

    assertThat(texts(json.path("rounds"))).containsExactly(
        "Præsentationsrunde", "Dialogrunde i 3 grupper: Udfordringerne for socialøkonomien", "Afsluttende runde");
    assertThat(texts(json.path("decisions")))
        .hasSize(2)
        .anySatisfy(decision -> assertThat(decision).contains("hvert halve år"))
        .anySatisfy(decision -> assertThat(decision).contains("suppleres med relevante deltagere"));

    JsonNode followUp = json.path("followUp");
    assertThat(followUp.path("cadenceMonths").asInt()).isEqualTo(6);
    assertThat(followUp.path("nextMeeting").asText()).isEqualTo("2015-05-25");

    JsonNode workingGroup = json.path("workingGroup");
    assertThat(workingGroup).hasSize(2);
    assertPerson(workingGroup.get(0), "Per Bach", CONVENER_2, "per@timebank.dk");
    assertPerson(workingGroup.get(1), "Anne Worning", CONVENER_1, "aw@kooperationen.dk");
    assertThat(json.path("channel").path("name").asText()).isEqualTo("Socialøkonomisk Netværk");
    assertThat(json.path("writeUpDue").asText()).isEqualTo("2014-12-15");
    assertThat(texts(json.path("illustrative"))).isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank());
  }

  @Test
  void givenFormatJson_whenRunningDemo_thenThePeopleAddUp() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Cli.run("demo", "--format", "JSON").out());

    Set<String> present = new HashSet<>(texts(json.path("present")));
    List<String> wrote = new ArrayList<>();
    json.path("writtenContributions").forEach(c -> wrote.add(c.path("actor").asText()));
    List<String> grouped = new ArrayList<>();
    JsonNode groups = json.path("groups");
    assertThat(groups).hasSize(3);
    for (JsonNode group : groups) {
      assertThat(group.path("name").asText()).isNotBlank();
      assertThat(group.path("challenges")).isNotEmpty();
      grouped.addAll(texts(group.path("members")));
    }

    assertThat(present).hasSize(15).contains(CONVENER_1, CONVENER_2);
    assertThat(wrote).hasSize(7).doesNotContainAnyElementsOf(present);
    assertThat(grouped).as("every present actor sits in exactly one group").containsExactlyInAnyOrderElementsOf(present);
  }

  @Test
  void givenLangEn_whenRunningDemoAsJson_thenLabelsAreEnglishAndFactsUnchanged() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Cli.run("demo", "--format", "json", "--lang", "en").out());

    assertThat(texts(json.path("rounds"))).startsWith("Presentation round");
    assertThat(json.path("groups").get(0).path("name").asText()).isEqualTo("Group 1");
    assertThat(json.path("attendance").path("invited").asInt()).isEqualTo(22);
    assertThat(json.path("followUp").path("nextMeeting").asText()).isEqualTo("2015-05-25");
  }

  private static void assertPerson(JsonNode person, String name, String actor, String email) {
    assertThat(person.path("name").asText()).isEqualTo(name);
    assertThat(person.path("actor").asText()).isEqualTo(actor);
    assertThat(person.path("email").asText()).isEqualTo(email);
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("%s is an array", array).isTrue();
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> headings(String markdown, String prefix) {
    return markdown.lines().filter(line -> line.startsWith(prefix)).toList();
  }

  /** The text of a level-2 section, up to the next one. */
  private static String section(String markdown, String heading) {
    String[] parts = markdown.split("\n(?=## )");
    for (String part : parts) {
      if (part.startsWith(heading + "\n")) {
        return part;
      }
    }
    throw new AssertionError("no section " + heading + " in:\n" + markdown);
  }
}
