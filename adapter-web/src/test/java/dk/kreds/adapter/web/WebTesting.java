package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    return cookie(response, Sessions.COOKIE);
  }

  private static String csrf(HttpResponse<String> login) {
    try {
      return new ObjectMapper().readTree(login.body()).get("csrfToken").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /**
   * A client logged in through the login form as the organiser (who must exist); it carries the session
   * cookie, and a page's {@link #token} is the CSRF token its forms need.
   */
  static Http pageOrganiser(WebServer server) {
    HttpResponse<String> page = visitor(server).get("/");
    HttpResponse<String> login = visitor(server).with("Cookie", cookie(page, "kreds_login")).form("/login",
        "csrf=" + token(page) + "&username=" + USERNAME + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/meetings");
    return visitor(server).with("Cookie", cookie(login, Sessions.COOKIE));
  }

  /** The CSRF token in the page's first form. */
  static String token(HttpResponse<String> page) {
    Matcher matcher = FORM_TOKEN.matcher(page.body());
    assertThat(matcher.find()).as(page.body()).isTrue();
    return matcher.group(1);
  }

  /** {@code name=value} of the response's cookie {@code name}. */
  static String cookie(HttpResponse<String> response, String name) {
    String value = response.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith(name + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers().map()));
    return value.substring(0, value.indexOf(';'));
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "script-src"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }
}
