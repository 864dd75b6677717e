package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.ApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API beyond the meeting's first steps, over HTTP: listing meetings and circles, contact persons and
 * their personal data, the circle's cadence, working group, channel and themes, a held meeting's groups
 * and outcomes, revising a write-up, and importing actors — each with its error statuses.
 */
class ApiOutcomesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
  private final List<ActorId> present = List.of(kooperationen, world.actor("Vækstfonden", ActorKind.FUND),
      world.actor("Netværk i Vejle", ActorKind.NETWORK), world.actor("Roskilde Universitet", ActorKind.RESEARCH));
  private final CircleId circle = world.circle(kooperationen);
  private final MeetingId meeting = world.heldMeeting(circle, 2, present, List.of());
  private WebServer server;
  private Http http;
  private String path;

  @BeforeEach
  void start() {
    server = WebTesting.start(world.use);
    http = WebTesting.organiser(server, world.use);
    path = "/api/v1/meetings/" + meeting.value();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAMeeting_whenListingMeetingsAndCircles_thenBothAreThereAndABadCircleIs400Or404() throws Exception {
    assertThat(read(http.get("/api/v1/meetings"), 200).findValuesAsText("id")).contains(meeting.value().toString());
    assertThat(read(http.get("/api/v1/meetings?circle=" + circle.value()), 200)).hasSize(1);
    assertError(http.get("/api/v1/meetings?circle=" + UUID.randomUUID()), 404, "circle.not-found", "circle");
    assertThat(read(http.get("/api/v1/circles"), 200).get(0).get("id").asText()).isEqualTo(circle.value().toString());
    assertError(http.get("/api/v1/meetings?circle=nine"), 400, "query.value", "circle");
  }

  @Test
  void givenAnActor_whenAddingChangingExportingAndErasingAContact_thenEachStepAndItsErrors() throws Exception {
    String contacts = "/api/v1/actors/" + kooperationen.value() + "/contacts";
    String contact = read(http.post(contacts, contact("Anne Worning", "anne@example.org")), 201).get("id").asText();
    String person = contacts + "/" + contact;

    assertThat(http.put(person, contact("Anne Worning", "anne.worning@example.org")).statusCode()).isEqualTo(204);
    JsonNode data = read(http.get(person + "/personal-data"), 200);
    assertThat(data.at("/person/email").asText()).isEqualTo("anne.worning@example.org");
    assertThat(data.get("actor").asText()).isEqualTo("Kooperationen");

    assertThat(http.send("DELETE", person).statusCode()).isEqualTo(204);
    assertError(http.get(person + "/personal-data"), 404, "contact.not-found", "contact");
    assertError(http.post(contacts, contact("Anne", "not-an-address")), 422, "contact.email.format", "email");
    assertError(http.post("/api/v1/actors/" + UUID.randomUUID() + "/contacts", contact("Anne", "a@example.org")),
        404, "actor.not-found", "actor");
    assertError(http.post(contacts, "{\"name\": \"Anne\"}"), 400, "json.missing", "basis");
  }

  @Test
  void givenACircle_whenSettingCadenceWorkingGroupChannelAndATheme_thenShownWithTheCircle() throws Exception {
    String path = "/api/v1/circles/" + circle.value();
    var anne = world.contact(kooperationen, "Anne Worning", "anne@example.org");
    String ref = "{\"actor\": \"" + anne.actor().value() + "\", \"contact\": \"" + anne.contact().value() + "\"}";

    assertThat(http.put(path + "/cadence", "{\"months\": 6}").statusCode()).isEqualTo(204);
    assertThat(http.put(path + "/working-group", "{\"persons\": [" + ref + "]}").statusCode()).isEqualTo(204);
    assertThat(http.put(path + "/channel", "{\"name\": \"LinkedIn-gruppen\", \"url\": \"https://linkedin.com/groups/1\"}")
        .statusCode()).isEqualTo(204);
    assertThat(http.post(path + "/themes", "{\"title\": \"Kapital\", \"body\": \"Hvor finder vi den?\", \"author\": "
        + ref + "}").statusCode()).isEqualTo(204);

    JsonNode shown = read(http.get(path), 200);
    assertThat(shown.get("cadenceMonths").asInt()).isEqualTo(6);
    assertThat(shown.at("/workingGroup/0/contact").asText()).isEqualTo(anne.contact().value().toString());
    assertThat(shown.at("/channel/url").asText()).isEqualTo("https://linkedin.com/groups/1");
    assertThat(shown.at("/themes/0/title").asText()).isEqualTo("Kapital");
    assertError(http.put(path + "/cadence", "{\"months\": 30}"), 422, "circle.cadence.months", "cadence");
    assertError(http.put(path + "/cadence", "{}"), 400, "json.missing", "months");
    assertError(http.put("/api/v1/circles/" + UUID.randomUUID() + "/cadence", "{\"months\": 6}"), 404,
        "circle.not-found", "circle");
  }

  @Test
  void givenInvitees_whenMakingRsvpLinks_thenOneLinkEachUntilTheMeetingStarts() throws Exception {
    MeetingId planned = world.meeting(circle);
    world.invite(planned, present);
    String links = "/api/v1/meetings/" + planned.value() + "/rsvp-links";

    JsonNode made = read(http.post(links, "{\"actors\": [\"" + present.get(1).value() + "\"]}"), 200);

    assertThat(made.at("/links/0/actor").asText()).isEqualTo(present.get(1).value().toString());
    assertThat(made.at("/links/0/url").asText()).startsWith("http://kreds.test/rsvp/");
    assertError(http.post(links, "{\"actors\": []}"), 400, "json.missing", "actors");
    assertError(http.post(links, "{\"actors\": [\"" + UUID.randomUUID() + "\"]}"), 422, "invitation.missing", "actor");
    world.clockAt(TestWorld.DAY, java.time.LocalTime.of(14, 0));
    assertError(http.post(links, "{\"actors\": [\"" + present.get(1).value() + "\"]}"), 422,
        "response.after-start", "respondedAt");
  }

  @Test
  void givenAHeldMeeting_whenMixingAndMoving_thenGroupsAndTheirQuality() throws Exception {
    JsonNode mixed = read(http.post(path + "/groups/mix", "{\"seed\": 3}"), 200);
    assertThat(mixed.get("groups")).hasSize(2);
    assertThat(mixed.at("/quality/lowerBound").isInt()).isTrue();
    assertThat(mixed.get("stoppedBy").asText()).isIn("OPTIMAL", "BUDGET");
    String actor = mixed.at("/groups/0/members/0").asText();

    JsonNode quality = read(http.post(path + "/groups/move", "{\"round\": 1, \"actor\": \"" + actor + "\", \"group\": 2}"), 200);

    assertThat(quality.has("repeats")).isTrue();
    assertThat(read(http.get(path), 200).at("/groups/1/members").toString()).contains(actor);
    assertError(http.post(path + "/groups/mix", "{\"groups\": 3}"), 422, "group.count", "groups");
    assertError(http.post(path + "/groups/move", "{\"round\": 1, \"actor\": \"" + actor + "\", \"group\": 9}"), 422,
        "group.number", "group");
    assertError(http.post(path + "/groups/move", "{\"round\": 1, \"group\": 2}"), 400, "json.missing", "actor");
  }

  @Test
  void givenAHeldMeeting_whenRecordingOutcomes_thenShownWithTheMeetingAndRulesHold() throws Exception {
    assertThat(http.post(path + "/challenges", "{\"text\": \"Adgang til kapital\", \"source\": {\"kind\": \"plenary\"}}")
        .statusCode()).isEqualTo(204);
    assertThat(http.post(path + "/decisions", "{\"text\": \"Vi mødes igen\", \"kind\": \"CONSENSUS\"}").statusCode())
        .isEqualTo(204);
    String item = read(http.post(path + "/action-items", "{\"description\": \"Opret LinkedIn-gruppen\", \"due\": \"2014-12-09\"}"),
        201).get("id").asText();
    assertThat(http.post(path + "/action-items/" + item + "/complete", "").statusCode()).isEqualTo(204);
    JsonNode followUp = read(http.post(path + "/follow-up", "{\"date\": \"2015-05-26\"}"), 200);

    JsonNode shown = read(http.get(path), 200);
    assertThat(shown.at("/challenges/0/source/kind").asText()).isEqualTo("plenary");
    assertThat(shown.at("/decisions/0/kind").asText()).isEqualTo("CONSENSUS");
    assertThat(shown.at("/actionItems/0/done").asText()).isNotEmpty();
    assertThat(shown.at("/followUp/next").asText()).isEqualTo(followUp.get("next").asText());

    assertError(http.post(path + "/action-items/" + item + "/complete", ""), 422, "action.done", "action");
    assertError(http.post(path + "/action-items/" + UUID.randomUUID() + "/complete", ""), 404, "action.not-found", "action");
    assertError(http.post(path + "/follow-up", "{\"date\": \"2015-06-02\"}"), 422, "follow-up.duplicate", "followUp");
    assertError(http.post(path + "/challenges", "{\"text\": \"Kapital\", \"source\": {\"kind\": \"somewhere\"}}"), 400,
        "json.value", "source.kind");
    assertError(http.post(path + "/decisions", "{\"text\": \"\", \"kind\": \"CONSENSUS\"}"), 422,
        "decision.text.length", "decision");
    assertError(http.post(path + "/action-items", "{\"description\": \"Sen\", \"due\": \"2014-01-01\"}"), 422,
        "action.due.before-meeting", "due");
  }

  @Test
  void givenAPublishedWriteUp_whenRevising_thenWrittenUpAgainAndAnUnknownMeetingIs404() throws Exception {
    assertThat(http.post(path + "/write-up", "").statusCode()).isEqualTo(200);
    assertError(http.post(path + "/write-up/revise", ""), 422, "meeting.status.step", "status");
    assertThat(http.post(path + "/write-up/publish", "").statusCode()).isEqualTo(200);

    assertThat(http.post(path + "/write-up/revise", "").statusCode()).isEqualTo(204);

    assertThat(read(http.get(path), 200).get("status").asText()).isEqualTo("WRITTEN_UP");
    assertError(http.post("/api/v1/meetings/" + UUID.randomUUID() + "/write-up/revise", ""), 404, "meeting.not-found",
        "meeting");
  }

  @Test
  void givenEntries_whenImporting_thenADryRunStoresNothingAndASecondImportMatches() throws Exception {
    String body = "{\"entries\": [{\"profile\": {\"name\": \"Socialøkonomi Nordjylland\", \"kind\": \"NETWORK\"},"
        + " \"contacts\": [" + contact("Bo Jensen", "bo@example.org") + "]},"
        + " {\"profile\": {\"name\": \"Kooperationen\", \"kind\": \"NGO\"}}]";

    JsonNode dry = read(http.post("/api/v1/actors/import", body + ", \"dryRun\": true}"), 200);
    assertThat(dry.get("stored").asBoolean()).isFalse();
    assertThat(dry.findValuesAsText("outcome")).containsExactly("registered", "matched");
    assertThat(world.use.listActors().list(new dk.kreds.application.port.in.ListActorsUseCase.Command(true)))
        .hasSize(present.size());

    assertThat(read(http.post("/api/v1/actors/import", body + "}"), 200).get("stored").asBoolean()).isTrue();
    JsonNode again = read(http.post("/api/v1/actors/import", body + "}"), 200);
    assertThat(again.findValuesAsText("outcome")).containsExactly("matched", "matched");

    JsonNode doubled = read(http.post("/api/v1/actors/import", "{\"entries\": [{\"profile\": {\"name\": \"Ny\", \"kind\": \"NGO\"}},"
        + " {\"profile\": {\"name\": \"ny\", \"kind\": \"NGO\"}}], \"mode\": \"SKIP_REFUSED\"}"), 200);
    assertThat(doubled.at("/outcomes/1/error/code").asText()).isEqualTo("actor.name.duplicate");
    assertError(http.post("/api/v1/actors/import", "{\"entries\": []}"), 400, "json.missing", "entries");
  }

  private static String contact(String name, String email) {
    return "{\"name\": \"" + name + "\", \"email\": \"" + email + "\", \"basis\": {\"ground\": \"CONSENT\", "
        + "\"since\": \"2014-09-01T00:00:00Z\"}}";
  }

  private static JsonNode read(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
