package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.ApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.UseCases;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions, CSRF tokens and the login throttle, over HTTP against a real server. */
class AuthTest {

  @RegisterExtension
  final Served served = new Served();
  private UseCases useCases;
  private WebServer server;

  @BeforeEach
  void start() {
    useCases = served.useCases;
    server = served.server;
  }

  @Test
  void givenNoSession_whenCallingTheApi_then401() throws Exception {
    assertError(WebTesting.visitor(server).get("/api/v1/actors"), 401, "session.missing", "");
    assertError(WebTesting.visitor(server).with("Cookie", "kreds_session=forged").get("/api/v1/actors"), 401,
        "session.missing", "");
  }

  @Test
  void givenSession_whenChangingWithoutOrWithAWrongCsrfToken_then403AndNothingChanged() throws Exception {
    Http organiser = WebTesting.organiser(server, useCases);
    String cookie = organiser.get("/api/v1/actors").request().headers().firstValue("Cookie").orElseThrow();
    Http withoutToken = WebTesting.visitor(server).with("Cookie", cookie);

    assertError(withoutToken.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\"}"), 403, "csrf.invalid", "");
    assertError(withoutToken.post("/api/v1/actors", "{\"name\": \"A\", \"kind\": \"NGO\"}", "X-CSRF-Token", "guess"),
        403, "csrf.invalid", "");
    assertThat(withoutToken.get("/api/v1/actors").body()).isEqualTo("[]");
  }

  @Test
  void givenLogin_whenTheCookieIsSet_thenHttpOnlySameSiteLaxAndNotSecureOverPlainHttp() {
    useCases.addOrganiser().add(new dk.kreds.application.port.in.AddOrganiserUseCase.Command(
        new dk.kreds.domain.account.Username(WebTesting.USERNAME), WebTesting.PASSWORD));
    HttpResponse<String> login = login(WebTesting.PASSWORD);

    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).startsWith("kreds_session=").contains("; HttpOnly", "; SameSite=Lax", "; Path=/")
        .doesNotContain("Secure");
    assertThat(setCookie.substring("kreds_session=".length(), setCookie.indexOf(';'))).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void givenAnHttpsBaseUrl_whenLoggingIn_thenTheCookieIsSecureToo() {
    try (WebServer tls = WebServer.start(useCases, new WebSettings("127.0.0.1", 0, java.net.URI.create("https://kreds.example.org")))) {
      WebTesting.organiser(server, useCases);
      HttpResponse<String> login = WebTesting.visitor(tls).post("/api/v1/session",
          "{\"username\": \"" + WebTesting.USERNAME + "\", \"password\": \"" + WebTesting.PASSWORD + "\"}");

      assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
          .startsWith("kreds_session=").contains("; HttpOnly", "; SameSite=Lax", "; Secure"));
    }
  }

  @Test
  void givenTwoLogins_whenComparingSessions_thenEachLoginHasANewId() {
    WebTesting.organiser(server, useCases);
    String first = WebTesting.sessionCookie(login(WebTesting.PASSWORD));
    String second = WebTesting.sessionCookie(login(WebTesting.PASSWORD));

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void givenLoggedOutSession_whenItsCookieIsUsedAgain_then401() throws Exception {
    Http organiser = WebTesting.organiser(server, useCases);
    assertThat(organiser.get("/api/v1/actors").statusCode()).isEqualTo(200);

    assertThat(organiser.send("DELETE", "/api/v1/session").statusCode()).isEqualTo(204);

    assertError(organiser.get("/api/v1/actors"), 401, "session.missing", "");
  }

  @Test
  void givenWrongPasswords_whenLoggingInRepeatedly_thenThrottledEvenForTheRightPassword() throws Exception {
    WebTesting.organiser(server, useCases);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertError(login("forkert adgangskode"), 401, "login.failed", "");
    }

    assertError(login(WebTesting.PASSWORD), 429, "login.throttled", "");
  }

  private HttpResponse<String> login(String password) {
    return WebTesting.visitor(server).post("/api/v1/session",
        "{\"username\": \"" + WebTesting.USERNAME + "\", \"password\": \"" + password + "\"}");
  }
}
