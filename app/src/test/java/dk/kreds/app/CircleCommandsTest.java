package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds circle …}, {@code kreds theme …}, {@code kreds field overview} and {@code kreds completion} on a SQLite file. */
class CircleCommandsTest {

  @TempDir
  Path home;

  private Shell kreds;

  @BeforeEach
  void field() {
    kreds = new Shell(home).at("2014-10-01T09:00:00+02:00");
    kreds.ok("actor", "add", "Kooperationen", "--kind", "interest-organisation", "--activity", "rådgivning");
    kreds.ok("actor", "add", "Sociale Entreprenører i Danmark", "--kind", "interest-organisation", "--activity", "netværk");
    kreds.ok("actor", "add", "KBH+", "--kind", "network", "--activity", "netværk", "--activity", "rådgivning");
    kreds.ok("actor", "add", "CABI", "--kind", "public-body", "--region", "Aarhus", "--activity", "rådgivning");
    kreds.ok("contact", "add", "Kooperationen", "--name", "Anne Worning", "--email", "aw@kooperationen.dk", "--basis", "consent");
    kreds.ok("contact", "add", "Sociale Entreprenører i Danmark", "--name", "Per Bach", "--email", "per@timebank.dk",
        "--basis", "legitimate-interest");
    kreds.ok("contact", "add", "CABI", "--name", "Ole Nielsen", "--basis", "consent");
    kreds.ok("circle", "create", "Den socialøkonomiske kreds", "--convener", "Kooperationen",
        "--convener", "Sociale Entreprenører i Danmark");
  }

  @Test
  void givenACircle_whenCreated_thenListedWithItsConvenersAsMembers() {
    assertThat(kreds.ok("circle", "create", "Æblekredsen", "--convener", "KBH+", "--cadence", "3").out())
        .startsWith("Created circle Æblekredsen (");

    assertThat(kreds.ok("circle", "list").out().lines().skip(1).map(line -> line.split(" {2,}")[1]).toList())
        .containsExactly("Den socialøkonomiske kreds", "Æblekredsen");
    JsonNode circles = kreds.ok("circle", "list", "--json").json();
    assertThat(circles.get(1).path("cadenceMonths").asInt()).isEqualTo(3);
    assertThat(kreds.ok("circle", "list", "--csv").out()).startsWith("id,name,members,cadenceMonths,channel\r\n")
        .contains(",Den socialøkonomiske kreds,2,,\r\n");
  }

  @Test
  void givenACircle_whenAddingMembersAndSettingItsWorkingGroupChannelAndCadence_thenShownSo() {
    assertThat(kreds.ok("circle", "add", "socialøkonomiske", "KBH+", "CABI", "Kooperationen").out())
        .isEqualTo("3 actors are members of the circle now\n");
    assertThat(kreds.ok("circle", "working-group", "Den socialøkonomiske kreds", "Per Bach", "aw@kooperationen.dk").out())
        .isEqualTo("The working group has 2 persons\n");
    assertThat(kreds.ok("circle", "channel", "Den socialøkonomiske kreds", "Socialøkonomisk Netværk",
        "--url", "https://www.linkedin.com/groups/1234").out()).isEqualTo("Themes and summaries go to Socialøkonomisk Netværk\n");
    assertThat(kreds.ok("circle", "cadence", "Den socialøkonomiske kreds", "6").out()).isEqualTo("The circle meets every 6 months\n");

    assertThat(kreds.ok("circle", "show", "Den socialøkonomiske kreds").out()).contains(
        "Convened by:", "Kooperationen and Sociale Entreprenører i Danmark", "every 6 months", "Members:       4",
        "Per Bach (Sociale Entreprenører i Danmark) and Anne Worning (Kooperationen)",
        "Socialøkonomisk Netværk https://www.linkedin.com/groups/1234");
    JsonNode json = kreds.ok("circle", "show", "Den socialøkonomiske kreds", "--json").json();
    assertThat(json.path("workingGroup").get(0).path("email").asText()).isEqualTo("per@timebank.dk");
    assertThat(json.path("members")).hasSize(4);
    assertThat(kreds.ok("circle", "show", "Den socialøkonomiske kreds", "--lang", "da").out()).contains("hver 6. måned");
  }

  @Test
  void givenMembers_whenListing_thenDanishOrderWithConvenersMarked() {
    kreds.ok("circle", "add", "Den socialøkonomiske kreds", "KBH+", "CABI");

    String csv = kreds.ok("circle", "members", "Den socialøkonomiske kreds", "--csv").out();
    assertThat(csv.lines().map(line -> line.split(",")[1]).toList())
        .containsExactly("name", "CABI", "KBH+", "Kooperationen", "Sociale Entreprenører i Danmark");
    assertThat(csv).contains(",Kooperationen,interest-organisation,2014-10-01,true");
    assertThat(kreds.ok("circle", "members", "Den socialøkonomiske kreds").out()).contains("1 October 2014", "yes");
  }

  @Test
  void givenAPersonWhoseActorIsNoMember_whenNamingTheWorkingGroup_thenRuleExit3AndNothingChanges() {
    assertThat(kreds.fails(3, "circle", "working-group", "Den socialøkonomiske kreds", "Ole Nielsen").err())
        .contains("the person's actor is not a member of the circle");
    assertThat(kreds.fails(2, "circle", "working-group", "Den socialøkonomiske kreds").err())
        .contains("or give --clear");
    kreds.ok("circle", "working-group", "Den socialøkonomiske kreds", "--clear");
    assertThat(kreds.ok("circle", "show", "Den socialøkonomiske kreds", "--json").json().path("workingGroup")).isEmpty();
    assertThat(kreds.fails(3, "circle", "cadence", "Den socialøkonomiske kreds", "25").err()).contains("'25'", "1–24 months");
  }

  @Test
  void givenACircleWithAChannel_whenPostingThemes_thenListedInOrder() {
    assertThat(kreds.fails(3, "theme", "post", "Den socialøkonomiske kreds", "--title", "Opsamling", "--author", "Per Bach")
        .err()).contains("no discussion channel");
    kreds.ok("circle", "channel", "Den socialøkonomiske kreds", "Socialøkonomisk Netværk");

    assertThat(kreds.ok("theme", "post", "Den socialøkonomiske kreds", "--title", "Opsamling fra Stormødet",
        "--body", "=SUM(A1) – hvilke tiltag først?", "--author", "aw@kooperationen.dk").out())
        .isEqualTo("Posted theme Opsamling fra Stormødet\n");
    kreds.ok("theme", "post", "Den socialøkonomiske kreds", "--title", "Næste møde", "--author", "Per Bach");

    assertThat(kreds.ok("theme", "list", "Den socialøkonomiske kreds").out()).contains("1 October 2014", "Opsamling fra Stormødet",
        "Anne Worning");
    JsonNode themes = kreds.ok("theme", "list", "Den socialøkonomiske kreds", "--json").json();
    assertThat(themes).hasSize(2);
    assertThat(themes.get(0).path("posted").asText()).isEqualTo("2014-10-01");
    assertThat(kreds.ok("theme", "list", "Den socialøkonomiske kreds", "--csv").out())
        .as("a cell that starts like a formula is neutralised")
        .contains("2014-10-01,Opsamling fra Stormødet,Anne Worning,'=SUM(A1) – hvilke tiltag først?\r\n");
  }

  @Test
  void givenTheField_whenShowingTheOverview_thenKindsRegionsAndCommonInterests() {
    assertThat(kreds.ok("field", "overview").out()).contains("4 active actors, 0 of them", "Interest or trade organisation  2",
        "Aarhus", "Common interests", "rådgivning");
    JsonNode json = kreds.ok("field", "overview", "--json").json();
    assertThat(json.path("actors").asInt()).isEqualTo(4);
    assertThat(json.path("byKind").path("interest-organisation")).hasSize(2);
    assertThat(json.path("commonInterests").get(0).path("activity").asText()).isEqualTo("rådgivning");
  }

  @Test
  void givenCompletion_whenAskedForBash_thenAScriptForTheWholeTreeAndNoDatabase() throws Exception {
    Path elsewhere = home.resolve("elsewhere");

    Shell.Run run = new Shell(elsewhere).ok("completion", "bash");

    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_kreds",
        "action-done", "working-group", "--json", "--csv");
    assertThat(Files.exists(elsewhere)).isFalse();
    assertThat(new Shell(elsewhere).fails(2, "completion", "fish").err()).contains("'fish'");
  }
}
