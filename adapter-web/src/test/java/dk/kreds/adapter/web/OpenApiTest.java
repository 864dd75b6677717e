package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served at /api/v1/openapi.json describes exactly the API routes the server answers. */
class OpenApiTest {

  private static WebServer server;
  private static UseCases useCases;
  private static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    useCases = ServiceFactory.create(InMemoryStore.ports(), Clock.systemUTC());
    server = WebTesting.start(useCases);
    var response = WebTesting.visitor(server).get(OpenApi.PATH);
    assertThat(response.statusCode()).isEqualTo(200);
    document = new ObjectMapper().readTree(response.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenTheDocument_whenComparedWithTheRouter_thenEveryApiRouteIsDescribedAndNothingElse() {
    List<String> described = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    List<String> served = server.routes().stream()
        .filter(route -> route.contains(" " + ApiRoutes.PREFIX + "/") && !route.endsWith(OpenApi.PATH))
        .toList();
    assertThat(described).isNotEmpty().containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void givenEachDescribedOperation_whenCalledByAnOrganiser_thenTheServerHasTheRoute() {
    // Logged in, so that the API's gate lets each call through to the router; the paths come sorted,
    // so the logout (DELETE /api/v1/session) is the last call.
    Http http = WebTesting.organiser(server, useCases);
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      String url = path.getKey().replaceAll("\\{[a-z]+}", UUID.randomUUID().toString());
      var response = method.equals("get") ? http.get(url) : http.send(method.toUpperCase(java.util.Locale.ROOT), url);
      assertThat(response.body()).as(method + " " + url).doesNotContain("route.not-found");
    }));
  }

  @Test
  void givenTheDocument_whenReadingIt_thenItIsOpenApi3WithSchemasForBodiesAndErrors() {
    assertThat(document.get("openapi").asText()).startsWith("3.");
    JsonNode register = document.at("/paths/~1api~1v1~1actors/post");
    assertThat(register.at("/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ActorRequest");
    assertThat(register.at("/responses/422/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ApiError");
    assertThat(document.at("/components/schemas/ActorRequest/properties/kind/enum")).isNotEmpty();
    assertThat(document.at("/components/schemas/MeetingView/properties/counts/$ref").asText())
        .isEqualTo("#/components/schemas/Counts");
  }
}
