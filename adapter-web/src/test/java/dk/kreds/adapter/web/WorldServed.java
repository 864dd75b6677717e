package dk.kreds.adapter.web;

import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.account.Username;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestWorld} to arrange a test's data in, and for each test a server over it with an organiser
 * logged in through the login form: {@code @RegisterExtension final WorldServed served = new WorldServed();}.
 */
final class WorldServed implements BeforeEachCallback, AfterEachCallback {

  final TestWorld world = new TestWorld();
  private final Optional<ActorFileReader> actorFiles;
  WebServer server;
  /** The organiser's browser: carries the session cookie. */
  Http organiser;

  WorldServed() {
    this(Optional.empty());
  }

  /** A server that imports actor files with {@code actorFiles}. */
  WorldServed(Optional<ActorFileReader> actorFiles) {
    this.actorFiles = actorFiles;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    world.use.addOrganiser().add(new AddOrganiserUseCase.Command(new Username(WebTesting.USERNAME), WebTesting.PASSWORD));
    WebSettings settings = new WebSettings("127.0.0.1", 0, URI.create("http://kreds.test"));
    server = actorFiles.map(reader -> WebServer.start(world.use, settings, reader))
        .orElseGet(() -> WebServer.start(world.use, settings));
    organiser = WebTesting.pageOrganiser(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }

  /** Posts {@code form} to {@code action} with the CSRF token of the page at {@code page}, as its form would. */
  HttpResponse<String> submit(String page, String action, String form, String... headers) {
    String token = WebTesting.token(organiser.get(page));
    return organiser.form(action, "csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
        + (form.isEmpty() ? "" : "&" + form), headers);
  }
}
