package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds actor …} and {@code kreds contact …} on a SQLite file. */
class ActorCommandsTest {

  @TempDir
  Path home;

  private Shell kreds;

  @BeforeEach
  void field() {
    kreds = new Shell(home);
    kreds.ok("actor", "add", "Kooperationen", "--kind", "interest-organisation", "--region", "København",
        "--activity", "rådgivning", "--cvr", "25313763");
    kreds.ok("actor", "add", "Øresund Netværk", "--kind", "network", "--short-name", "ØN");
    kreds.ok("actor", "add", "Aalborg Netværk", "--kind", "network");
    kreds.ok("actor", "add", "Zealand Fund", "--kind", "fund", "--parent", "Kooperationen");
  }

  @Test
  void givenActors_whenAdding_thenOneResultLineWithTheId() {
    Shell.Run run = kreds.ok("actor", "add", "KBH+", "--kind", "network", "--website", "kbhplus.dk", "--rsv");

    assertThat(run.out()).matches("Registered actor KBH\\+ \\([0-9a-f-]{36}\\)\\R");
    assertThat(kreds.ok("actor", "show", "KBH+", "--json").json().path("rsv").asBoolean()).isTrue();
  }

  @Test
  void givenDanishNames_whenListing_thenAnAlignedTableInDanishOrder() {
    List<String> lines = kreds.ok("actor", "list").out().lines().toList();

    assertThat(lines.stream().map(line -> line.split(" {2,}")[1]).toList())
        .containsExactly("Name", "Kooperationen", "Zealand Fund", "Øresund Netværk", "Aalborg Netværk");
    int kind = lines.get(0).indexOf("Kind");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
      assertThat(line.substring(kind - 2, kind)).isEqualTo("  ");
      assertThat(line.charAt(kind)).isNotEqualTo(' ');
    });
  }

  @Test
  void givenDanish_whenListing_thenHeadingsAndKindsInDanish() {
    assertThat(kreds.ok("actor", "list", "--lang", "da").out()).contains("Navn", "Type", "Interesse- og brancheorganisation");
  }

  @Test
  void givenActors_whenListingAsJsonAndCsv_thenCodesAndWholeIds() {
    JsonNode json = kreds.ok("actor", "list", "--json").json();
    String csv = kreds.ok("actor", "list", "--csv").out();

    assertThat(json).hasSize(4);
    assertThat(json.get(0).path("name").asText()).isEqualTo("Kooperationen");
    assertThat(json.get(0).path("kind").asText()).isEqualTo("interest-organisation");
    assertThat(json.get(0).path("cvr").asText()).isEqualTo("25313763");
    assertThat(csv.lines().findFirst()).contains("id,name,shortName,kind,region,cvr,rsv,archived");
    assertThat(csv).contains(",Øresund Netværk,ØN,network,,,false,false\r\n")
        .contains(json.get(0).path("id").asText() + ",Kooperationen,,interest-organisation,København,25313763,false,false");
  }

  @Test
  void givenAnActor_whenShownByNameShortNameOrIdStart_thenTheSameActor() {
    String id = kreds.ok("actor", "show", "Kooperationen", "--json").json().path("id").asText();

    assertThat(kreds.ok("actor", "show", "øn", "--json").json().path("name").asText()).isEqualTo("Øresund Netværk");
    assertThat(kreds.ok("actor", "show", id.substring(0, 8), "--json").json().path("id").asText()).isEqualTo(id);
    assertThat(kreds.ok("actor", "show", id).out()).contains("Name:", "Kooperationen", "Region:", "København",
        "Contact persons");
    assertThat(kreds.ok("actor", "show", "Zealand", "--json").json().path("parent").asText()).isEqualTo(id);
  }

  @Test
  void givenTwoNetworks_whenShowingByAPartOfBoth_thenUsageErrorListingTheCandidates() {
    Shell.Run run = kreds.fails(2, "actor", "show", "netværk");

    assertThat(run.err().lines()).hasSize(3);
    assertThat(run.err()).contains("Actor 'netværk' fits 2 of them; name one by its id:", "Øresund Netværk",
        "Aalborg Netværk");
  }

  @Test
  void givenNoSuchActor_whenShowing_thenNotFoundExit4InTheChosenLanguage() {
    assertThat(kreds.fails(4, "actor", "show", "Foreningen").err()).isEqualTo("kreds: Actor 'Foreningen' not found\n");
    assertThat(kreds.fails(4, "actor", "show", "Foreningen", "--lang", "da").err())
        .isEqualTo("kreds: Aktør 'Foreningen' findes ikke\n");
  }

  @Test
  void givenABadCvrOrADuplicate_whenAdding_thenRuleExit3NamingFieldValueAndRule() {
    assertThat(kreds.fails(3, "actor", "add", "Nyt", "--kind", "ngo", "--cvr", "12345678").err())
        .isEqualTo("kreds: CVR number '12345678': fails the modulus-11 check (weights 2,7,6,5,4,3,2,1)\n");
    assertThat(kreds.fails(3, "actor", "add", "  kooperationen ", "--kind", "ngo").err())
        .contains("name 'kooperationen'", "another actor has this name");
    assertThat(kreds.fails(2, "actor", "add", "Nyt", "--kind", "café").err()).contains("'café' is not a kind");
    assertThat(kreds.ok("actor", "list", "--json").json()).hasSize(4);
  }

  @Test
  void givenAnActor_whenEditing_thenOnlyTheGivenFieldsChangeAndEmptyClears() {
    kreds.ok("actor", "edit", "ØN", "--region", "Helsingør", "--short-name", "", "--activity", "netværk");

    JsonNode actor = kreds.ok("actor", "show", "Øresund Netværk", "--json").json();
    assertThat(actor.path("region").asText()).isEqualTo("Helsingør");
    assertThat(actor.path("shortName").isNull()).isTrue();
    assertThat(actor.path("activities").get(0).asText()).isEqualTo("netværk");
    assertThat(actor.path("kind").asText()).isEqualTo("network");
  }

  @Test
  void givenAnActor_whenArchiving_thenListedOnlyWithArchived() {
    assertThat(kreds.ok("actor", "archive", "Aalborg Netværk").out()).isEqualTo("Archived actor Aalborg Netværk\n");

    assertThat(kreds.ok("actor", "list").out()).doesNotContain("Aalborg");
    assertThat(kreds.ok("actor", "list", "--archived").out()).contains("Aalborg Netværk", "yes");
  }

  @Test
  void givenAContactPerson_whenAddedEditedAndErased_thenShownChangedAndGone() {
    assertThat(kreds.ok("contact", "add", "Kooperationen", "--name", "Anne Worning", "--email", "aw@kooperationen.dk",
        "--basis", "legitimate-interest").out()).startsWith("Added contact person Anne Worning (");
    kreds.ok("contact", "edit", "aw@kooperationen.dk", "--role", "projektleder", "--phone", "33 12 34 56");

    JsonNode contact = kreds.ok("actor", "show", "Kooperationen", "--json").json().path("contacts").get(0);
    assertThat(contact.path("name").asText()).isEqualTo("Anne Worning");
    assertThat(contact.path("role").asText()).isEqualTo("projektleder");
    assertThat(contact.path("phone").asText()).isEqualTo("+4533123456");
    assertThat(contact.path("basis").asText()).isEqualTo("legitimate-interest");

    kreds.ok("contact", "erase", "Anne Worning");
    assertThat(kreds.ok("actor", "show", "Kooperationen", "--json").json().path("contacts")).isEmpty();
    kreds.fails(4, "contact", "erase", "Anne Worning");
  }

  @Test
  void givenABadEmailOrNoBasis_whenAddingAContact_thenRefused() {
    assertThat(kreds.fails(3, "contact", "add", "Kooperationen", "--name", "Anne", "--email", "anne(at)koop.dk",
        "--basis", "consent").err()).contains("e-mail 'anne(at)koop.dk'");
    assertThat(kreds.fails(2, "contact", "add", "Kooperationen", "--name", "Anne").err()).contains("--basis");
  }
}
