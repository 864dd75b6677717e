package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.MovableClock;
import dk.kreds.application.service.ServiceFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a random port, over the in-memory store. */
class ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEETING = """
      {"title": "Stormøde", "start": "2026-11-25T13:00:00+01:00", "end": "2026-11-25T16:00:00+01:00",
       "venue": "Kooperationen", "city": "København", "conveners": ["%s"],
       "agenda": [{"kind": "presentation"}, {"kind": "dialogue", "groups": 2, "topic": "Udfordringer"},
                  {"kind": "closing"}], "writeUpDue": "2026-12-15"}""";

  private final MovableClock clock = new MovableClock(ZonedDateTime.parse("2026-11-01T11:00:00+01:00[Europe/Copenhagen]"));
  private WebServer server;
  private Http http;

  @BeforeEach
  void start() {
    UseCases useCases = ServiceFactory.create(InMemoryStore.ports(), clock);
    server = WebTesting.start(useCases);
    http = WebTesting.organiser(server, useCases);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAField_whenRunningAMeetingThroughTheApi_thenTheWriteUpHasTheContribution() throws Exception {
    String kooperationen = create("/api/v1/actors", "{\"name\": \"Kooperationen\", \"kind\": \"INTEREST_ORGANISATION\"}");
    String vejle = create("/api/v1/actors", "{\"name\": \"Netværk i Vejle\", \"kind\": \"NETWORK\", \"region\": \"Syddanmark\"}");
    String aarhus = create("/api/v1/actors", "{\"name\": \"Århus Fonden\", \"kind\": \"FUND\"}");
    String circle = create("/api/v1/circles",
        "{\"name\": \"Socialøkonomisk Netværk\", \"conveners\": [\"" + kooperationen + "\"], \"cadenceMonths\": 6}");
    assertThat(http.post("/api/v1/circles/" + circle + "/members", "{\"actors\": [\"" + vejle + "\"]}").statusCode())
        .isEqualTo(204);
    String meeting = create("/api/v1/circles/" + circle + "/meetings", MEETING.formatted(kooperationen));

    assertThat(http.post("/api/v1/meetings/" + meeting + "/invitations",
        "{\"actors\": [\"" + kooperationen + "\", \"" + vejle + "\", \"" + aarhus + "\"]}").statusCode()).isEqualTo(204);
    assertThat(http.post("/api/v1/meetings/" + meeting + "/responses",
        "{\"actor\": \"" + kooperationen + "\", \"answer\": \"ACCEPT\"}").statusCode()).isEqualTo(204);
    assertThat(http.post("/api/v1/meetings/" + meeting + "/responses",
        "{\"actor\": \"" + vejle + "\", \"answer\": \"DECLINE\"}").statusCode()).isEqualTo(204);
    assertThat(http.post("/api/v1/meetings/" + meeting + "/contributions",
        "{\"actor\": \"" + vejle + "\", \"form\": \"WRITTEN\", \"selfPresentation\": \"Vi samler 40 virksomheder\","
            + " \"challenges\": [\"Adgang til kapital\"]}").statusCode()).isEqualTo(204);

    JsonNode shown = JSON.readTree(http.get("/api/v1/meetings/" + meeting).body());
    assertThat(shown.get("counts").toString())
        .isEqualTo("{\"invited\":3,\"accepted\":1,\"declined\":1,\"pending\":1,\"present\":0,\"absent\":0}");
    assertThat(shown.at("/plan/title").asText()).isEqualTo("Stormøde");

    clock.set(Instant.parse("2026-11-25T12:30:00Z"));
    assertThat(http.post("/api/v1/meetings/" + meeting + "/attendance",
        "{\"present\": [\"" + kooperationen + "\", \"" + aarhus + "\"], \"absent\": [\"" + vejle + "\"]}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> groups = http.post("/api/v1/meetings/" + meeting + "/groups", "{\"round\": 1}");
    assertThat(groups.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(groups.body())).hasSize(2);
    assertThat(http.post("/api/v1/meetings/" + meeting + "/write-up", "").statusCode()).isEqualTo(200);
    HttpResponse<String> published = http.post("/api/v1/meetings/" + meeting + "/write-up/publish", "");
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.body()).contains("Vi samler 40 virksomheder", "Adgang til kapital");

    JsonNode field = JSON.readTree(http.get("/api/v1/field").body());
    assertThat(field.get("actors").asInt()).isEqualTo(3);
  }

  @Test
  void givenActors_whenListingShowingChangingAndArchiving_thenEachIsAnswered() throws Exception {
    String id = create("/api/v1/actors", "{\"name\": \"Æblehaven\", \"kind\": \"NGO\", \"cvr\": \"10150817\"}");
    create("/api/v1/actors", "{\"name\": \"Zebra\", \"kind\": \"NGO\"}");
    assertThat(names(http.get("/api/v1/actors").body())).containsExactly("Zebra", "Æblehaven");
    assertThat(JSON.readTree(http.get("/api/v1/actors/" + id).body()).at("/profile/cvr").asText()).isEqualTo("10150817");
    assertThat(http.put("/api/v1/actors/" + id, "{\"name\": \"Æblehaven ApS\", \"kind\": \"ENTERPRISE\"}").statusCode())
        .isEqualTo(204);
    assertThat(http.post("/api/v1/actors/" + id + "/archive", "").statusCode()).isEqualTo(204);
    assertThat(names(http.get("/api/v1/actors").body())).containsExactly("Zebra");
    assertThat(names(http.get("/api/v1/actors?archived=true").body())).containsExactly("Zebra", "Æblehaven ApS");
    JsonNode circle = JSON.readTree(http.get("/api/v1/circles/" + create("/api/v1/circles",
        "{\"name\": \"Kreds\", \"conveners\": [\"" + create("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\"}")
            + "\"]}")).body());
    assertThat(circle.get("name").asText()).isEqualTo("Kreds");
  }

  @Test
  void givenBadInput_whenPosting_then400NamingTheField() throws Exception {
    assertError(http.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\", \"admin\": true}"), 400,
        "json.unknown-field", "admin");
    assertError(http.post("/api/v1/actors", "{\"name\": 42, \"kind\": \"NGO\"}"), 400, "json.type", "name");
    assertError(http.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"PIRATE\"}"), 400, "json.type", "kind");
    assertError(http.post("/api/v1/actors", "{\"kind\": \"NGO\"}"), 400, "json.missing", "name");
    assertError(http.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\""), 400, "json.syntax", "");
    assertError(http.post("/api/v1/actors", "{\"name\": \"A\", \"name\": \"B\", \"kind\": \"NGO\"}"), 400,
        "json.syntax", "");
    assertError(http.post("/api/v1/actors", "[".repeat(1000) + "]".repeat(1000)), 400, "json.too-deep", "");
    assertError(http.get("/api/v1/actors?archived=maybe"), 400, "query.boolean", "archived");
    assertError(http.post("/api/v1/meetings/" + java.util.UUID.randomUUID() + "/invitations", "{\"actors\": []}"), 400,
        "request.invalid", "actors");
  }

  @Test
  void givenABrokenRule_whenPosting_then422InTheReadersLanguage() throws Exception {
    HttpResponse<String> danish = http.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\", \"cvr\": \"12345678\"}");
    assertError(danish, 422, "actor.cvr.checksum", "cvr");
    HttpResponse<String> english = http.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\", \"cvr\": \"12345678\"}",
        "Accept-Language", "en-GB,en;q=0.9");
    assertThat(JSON.readTree(english.body()).get("message").asText()).isNotEqualTo(
        JSON.readTree(danish.body()).get("message").asText()).contains("12345678");
  }

  @Test
  void givenNothingThere_whenAsking_then404WithTheSameHeaders() throws Exception {
    assertError(http.get("/api/v1/meetings/" + java.util.UUID.randomUUID()), 404, "meeting.not-found", "meeting");
    assertError(http.get("/api/v1/meetings/not-an-id"), 404, "meeting.not-found", "meeting");
    assertError(http.get("/api/v1/actors/" + java.util.UUID.randomUUID()), 404, "actor.not-found", "actor");
    HttpResponse<String> noRoute = http.get("/api/v1/nothing/here");
    assertError(noRoute, 404, "route.not-found", "");
    assertError(http.send("DELETE", "/api/v1/actors"), 404, "route.not-found", "");
    WebTesting.assertSecurityHeaders(noRoute);
  }

  @Test
  void givenABodyOverTheCap_whenPosting_then413() throws Exception {
    byte[] tooLarge = new byte[WebSettings.MAX_BODY_BYTES + 1];
    Arrays.fill(tooLarge, (byte) ' ');
    HttpResponse<String> refused = http.post("/api/v1/actors", tooLarge);
    assertError(refused, 413, "request.too-large", "");
    // The rest of the body was read and dropped; the connection ends after the answer.
    assertThat(refused.headers().firstValue("Connection")).hasValue("close");
    byte[] atTheCap = Arrays.copyOf(tooLarge, WebSettings.MAX_BODY_BYTES);
    assertThat(http.post("/api/v1/actors", atTheCap).statusCode()).isEqualTo(400);
  }

  private String create(String path, String json) throws Exception {
    HttpResponse<String> response = http.post(path, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("id").asText();
  }

  private static java.util.List<String> names(String body) throws Exception {
    java.util.List<String> names = new java.util.ArrayList<>();
    JSON.readTree(body).forEach(actor -> names.add(actor.at("/profile/name").asText()));
    return names;
  }

  static void assertError(HttpResponse<String> response, int status, String code, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("field").asText()).isEqualTo(field);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "dk.kreds.");
    WebTesting.assertSecurityHeaders(response);
  }

  static URI base(WebServer server) {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
