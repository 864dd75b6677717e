package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cached reads: never older than the store, never another session's, never past a logout. */
class ResponseCacheTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  @RegisterExtension
  final Served served = new Served();
  private UseCases useCases;
  private WebServer server;
  private Http organiser;

  @BeforeEach
  void logIn() {
    useCases = served.useCases;
    server = served.server;
    organiser = WebTesting.organiser(server, useCases);
  }

  @Test
  void givenACachedOverview_whenTheFieldChangesOutsideTheWebOrThroughIt_thenTheNextReadShowsIt() throws Exception {
    assertThat(actors()).isZero();
    assertThat(actors()).isZero(); // now from the cache

    useCases.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of("Ærø Fond", ActorKind.FUND)));
    assertThat(actors()).isEqualTo(1);

    assertThat(organiser.post("/api/v1/actors", "{\"name\": \"Kooperationen\", \"kind\": \"NGO\"}").statusCode())
        .isEqualTo(201);
    assertThat(actors()).isEqualTo(2);
  }

  @Test
  void givenTwoOrganisers_whenBothOpenTheSamePage_thenEachGetsItsOwnFormToken() {
    useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username("bo.hansen"), "æblegrød med fløde"));
    Http other = WebTesting.visitor(server).with("Cookie", WebTesting.sessionCookie(WebTesting.visitor(server)
        .post("/api/v1/session", "{\"username\": \"bo.hansen\", \"password\": \"æblegrød med fløde\"}")));

    String first = formToken(organiser.get("/field"));
    String second = formToken(other.get("/field"));

    assertThat(formToken(organiser.get("/field"))).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void givenACachedAnswer_whenTheSessionEnds_thenItIsRefusedAndHeadersStillSet() {
    HttpResponse<String> cached = organiser.get("/api/v1/field");
    assertThat(organiser.get("/api/v1/field").body()).isEqualTo(cached.body());
    WebTesting.assertSecurityHeaders(organiser.get("/api/v1/field"));

    assertThat(organiser.send("DELETE", "/api/v1/session").statusCode()).isEqualTo(204);

    assertThat(organiser.get("/api/v1/field").statusCode()).isEqualTo(401);
  }

  private int actors() throws Exception {
    HttpResponse<String> field = organiser.get("/api/v1/field");
    assertThat(field.statusCode()).as(field.body()).isEqualTo(200);
    return JSON.readTree(field.body()).get("actors").asInt();
  }

  private static String formToken(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Matcher token = FORM_TOKEN.matcher(page.body());
    assertThat(token.find()).as("a form with its token").isTrue();
    return token.group(1);
  }
}
