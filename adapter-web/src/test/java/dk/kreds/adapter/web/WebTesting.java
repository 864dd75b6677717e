package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import java.net.URI;
import java.net.http.HttpResponse;

/** Starting a server for a test, and the checks every response must pass. */
final class WebTesting {

  private WebTesting() {}

  static WebServer start(UseCases useCases) {
    return WebServer.start(useCases, new WebSettings("127.0.0.1", 0, URI.create("http://kreds.test")));
  }

  static final String USERNAME = "anne.worning";
  static final String PASSWORD = "rødgrød med fløde";

  /** A client for {@code server} without a session. */
  static Http visitor(WebServer server) {
    return new Http(server.port());
  }

  /** A client logged in to {@code server} as an organiser, made in {@code useCases} when missing. */
  static Http organiser(WebServer server, UseCases useCases) {
    if (useCases.logIn().logIn(new LogInUseCase.Command(USERNAME, PASSWORD)).isEmpty()) {
      useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username(USERNAME), PASSWORD));
    }
    HttpResponse<String> login = visitor(server).post("/api/v1/session",
        "{\"username\": \"" + USERNAME + "\", \"password\": \"" + PASSWORD + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return visitor(server).with("Cookie", sessionCookie(login)).with("X-CSRF-Token", csrf(login));
  }

  /** {@code kreds_session=…} from the response's Set-Cookie. */
  static String sessionCookie(HttpResponse<String> response) {
    String setCookie = response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String csrf(HttpResponse<String> login) {
    try {
      return new ObjectMapper().readTree(login.body()).get("csrfToken").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "script-src"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }
}
