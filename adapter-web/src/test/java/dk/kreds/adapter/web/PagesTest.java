package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The organiser pages over plain HTTP: login form, CSRF on forms, no change by GET, headers, language. */
class PagesTest {

  @RegisterExtension
  final Served served = new Served();
  private UseCases useCases;
  private WebServer server;

  @BeforeEach
  void start() {
    useCases = served.useCases;
    server = served.server;
    useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username(WebTesting.USERNAME), WebTesting.PASSWORD));
  }

  private Http logIn() {
    return WebTesting.pageOrganiser(server);
  }

  @Test
  void givenAVisitor_whenOpeningTheRoot_thenTheLoginPageWithItsHeaders() {
    HttpResponse<String> page = WebTesting.visitor(server).get("/", "Accept-Language", "en");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form method=\"post\" action=\"/login\">", "Log in").doesNotContain("<script");
    WebTesting.assertSecurityHeaders(page);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
  }

  @Test
  void givenTheLoginForm_whenPostedWithItsToken_thenTheDashboard() {
    HttpResponse<String> dashboard = logIn().get("/meetings");

    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Møder", "name=\"csrf\"");
  }

  @Test
  void givenALoginFormWithoutItsToken_whenPosted_then403AndNoSession() {
    HttpResponse<String> login = WebTesting.visitor(server).form("/login",
        "username=" + WebTesting.USERNAME + "&password=" + URLEncoder.encode(WebTesting.PASSWORD, StandardCharsets.UTF_8));

    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(login.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith(Sessions.COOKIE));
  }

  @Test
  void givenASession_whenPostingAFormWithoutTheCsrfToken_then403AndNothingAdded() {
    Http organiser = logIn();

    HttpResponse<String> post = organiser.form("/actors", "name=Kooperationen&kind=NGO");

    assertThat(post.statusCode()).isEqualTo(403);
    WebTesting.assertSecurityHeaders(post);
    assertThat(organiser.get("/actors").body()).doesNotContain("Kooperationen");
  }

  @Test
  void givenASession_whenPostingAFormWithTheToken_thenAddedAndShown() {
    Http organiser = logIn();
    String token = token(organiser.get("/actors"));

    HttpResponse<String> post = organiser.form("/actors", "csrf=" + token + "&name=K%C3%B8benhavns+Kooperativ&kind=NGO&region=");

    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(organiser.get("/actors").body()).contains("Københavns Kooperativ");
  }

  @Test
  void givenTheLanguageSwitch_whenChoosingEnglish_thenTheCookieKeepsIt() {
    Http organiser = logIn();

    HttpResponse<String> english = organiser.get("/meetings?lang=en");

    assertThat(english.body()).contains("Meetings");
    assertThat(english.headers().allValues("Set-Cookie")).anyMatch(value -> value.startsWith("kreds_lang=en"));
  }

  @Test
  void givenTheSwitchOnTheLoginPage_whenChoosingEnglish_thenBothCookiesAreSet() {
    HttpResponse<String> page = WebTesting.visitor(server).get("/?lang=en");

    assertThat(page.body()).contains("Log in");
    assertThat(page.headers().allValues("Set-Cookie")).anyMatch(value -> value.startsWith("kreds_lang=en"))
        .anyMatch(value -> value.startsWith("kreds_login="));
  }

  @Test
  void givenNoSession_whenOpeningAPage_thenToTheLoginPage() {
    HttpResponse<String> page = WebTesting.visitor(server).get("/meetings");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/");
  }

  @Test
  void givenAnOrganiser_whenLoggingOut_thenTheOldCookieOpensNothing() {
    Http organiser = logIn();
    String token = token(organiser.get("/meetings"));

    assertThat(organiser.form("/logout", "csrf=" + token).statusCode()).isEqualTo(303);

    assertThat(organiser.get("/meetings").statusCode()).isEqualTo(303);
  }

  static String token(HttpResponse<String> page) {
    return WebTesting.token(page);
  }

  static String cookie(HttpResponse<String> response, String name) {
    return WebTesting.cookie(response, name);
  }
}
