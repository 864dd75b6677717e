package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.MovableClock;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The scenario in real Chromium: log in; plan a meeting; invite three actors; one invitee
 * accepts through their RSVP link in a fresh browser, another declines with a written contribution;
 * the organiser adds an actor, filters the actors by kind and region and edits one, then invites the new
 * actor too; on the day: record attendance; mix the groups over two rounds and move a person; publish the
 * write-up and find the contribution in it — with a script tag in the contribution shown as text. A
 * screenshot of each page lands in target/screenshots.
 */
class BrowserScenarioTest {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final ZonedDateTime MEETING = ZonedDateTime.of(2026, 11, 25, 13, 0, 0, 0, COPENHAGEN);

  private final MovableClock clock = new MovableClock(MEETING.minusWeeks(4));
  private UseCases useCases;
  private WebServer server;
  private String base;

  @BeforeEach
  void start() {
    useCases = ServiceFactory.create(InMemoryStore.ports(), clock);
    server = WebServer.start(useCases, new WebSettings("127.0.0.1", 0, URI.create("http://kreds.test")));
    base = "http://127.0.0.1:" + server.port();
    useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username(WebTesting.USERNAME), WebTesting.PASSWORD));
    ActorId kooperationen = actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    actor("Netværk for socialøkonomiske virksomheder i Vejle", ActorKind.NETWORK);
    actor("Socialøkonomi Nordjylland", ActorKind.NETWORK);
    useCases.createCircle().create(new CreateCircleUseCase.Command("Socialøkonomisk Netværk", List.of(kooperationen),
        Optional.empty()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ActorId actor(String name, ActorKind kind) {
    return useCases.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of(name, kind)));
  }

  @Test
  void givenAnOrganiserAndThreeActors_whenRunningTheMeetingInTheBrowser_thenThePublishedWriteUpHasTheContribution() {
    String vejleLink;
    String nordjyllandLink;
    try (Browser organiser = Browser.open(base)) {
      organiser.go("/");
      organiser.screenshot("01-login");
      organiser.type("#username", WebTesting.USERNAME);
      organiser.type("#password", WebTesting.PASSWORD);
      organiser.click("#login");
      assertThat(organiser.url()).as(organiser.text()).endsWith("/meetings");

      organiser.type("#title", "Stormøde for aktører i det socialøkonomiske felt");
      organiser.set("#date", MEETING.toLocalDate().toString());
      organiser.type("#venue", "Kooperationen");
      organiser.type("#city", "København");
      organiser.set("#groups", "2");
      organiser.set("#rounds", "2");
      organiser.screenshot("02-dashboard");
      organiser.click("#plan");
      assertThat(organiser.text()).contains("Stormøde for aktører i det socialøkonomiske felt", "Planlagt");

      organiser.all("input[name=actor]").forEach(checkbox -> checkbox.click());
      organiser.click("#invite");
      assertThat(organiser.text()).contains("3 inviteret", "3 har ikke svaret");
      organiser.screenshot("03-meeting-invited");

      organiser.click("#links");
      organiser.screenshot("04-rsvp-links");
      vejleLink = link(organiser, "Vejle");
      nordjyllandLink = link(organiser, "Nordjylland");
    }

    try (Browser invitee = Browser.open(base)) {
      invitee.go(vejleLink);
      assertThat(invitee.text()).contains("Netværk for socialøkonomiske virksomheder i Vejle", "ikke svaret");
      invitee.screenshot("05-rsvp");
      invitee.click("#accept");
      assertThat(invitee.text()).contains("I er tilmeldt");
      invitee.screenshot("06-rsvp-accepted");
    }

    try (Browser invitee = Browser.open(base)) {
      invitee.go(nordjyllandLink);
      invitee.type("#self-presentation", "Vi samler socialøkonomiske virksomheder i Nordjylland <script>alert(1)</script>");
      invitee.type("#challenges", "Adgang til kapital\nSynlighed over for kommunerne");
      invitee.click("#decline");
      assertThat(invitee.text()).contains("I er meldt fra");
      invitee.screenshot("07-rsvp-declined");
    }

    try (Browser organiser = Browser.open(base)) {
      logIn(organiser);
      addFilterAndEditAnActor(organiser);
      organiser.go("/meetings");
      organiser.click("td a");
      organiser.all("input[name=actor]").forEach(checkbox -> checkbox.click()); // the new actor, invited late
      organiser.click("#invite");
      assertThat(organiser.text()).contains("4 inviteret");
    }

    clock.set(MEETING.plusMinutes(10));
    try (Browser organiser = Browser.open(base)) {
      logIn(organiser);
      organiser.click("td a"); // the meeting, from the dashboard
      assertThat(organiser.text()).contains("1 kommer", "1 kommer ikke", "2 har ikke svaret");
      // Those who accepted, and the one who never answered, came; the one who declined did not.
      organiser.all("tr").stream().filter(row -> !row.getText().contains("kommer ikke"))
          .flatMap(row -> row.findElements(org.openqa.selenium.By.cssSelector("input[name=present]")).stream())
          .forEach(org.openqa.selenium.WebElement::click);
      organiser.click("#record-attendance");
      assertThat(organiser.text()).contains("3 til stede", "Afholdt");
      organiser.screenshot("10-meeting-held");
      mixAndMove(organiser);

      organiser.click("#write-up");
      organiser.go(organiser.url().replace("/write-up", ""));
      organiser.click("#publish");
      assertThat(organiser.text()).contains("Offentliggjort", "Skriftlige bidrag", "Socialøkonomi Nordjylland",
          "Vi samler socialøkonomiske virksomheder i Nordjylland", "alert(1)", "Adgang til kapital");
      // The script tag is text on the page, escaped, never an element.
      assertThat(organiser.scripts()).isZero();
      assertThat(organiser.source()).contains("script\\&gt;alert(1)").doesNotContainIgnoringCase("<script");
      organiser.screenshot("13-write-up");
    }
  }

  /** Adds Vækstfonden, filters the actors by kind and by region, and gives the Vejle network its region. */
  private void addFilterAndEditAnActor(Browser organiser) {
    organiser.go("/actors");
    organiser.type("#actor-name", "Vækstfonden");
    Browser.choose(organiser.find("#kind"), "Fond eller investor");
    organiser.click("#add-actor");
    assertThat(organiser.text()).contains("Vækstfonden", "Fond eller investor");

    organiser.go("/actors");
    Browser.choose(organiser.find("#filter-kind"), "Netværk");
    organiser.click("#apply-filter");
    assertThat(organiser.find("#actor-list").getText()).contains("Vejle", "Nordjylland")
        .doesNotContain("Kooperationen", "Vækstfonden");
    organiser.screenshot("08-actors-filtered");
    organiser.assertFitsAPhone("08-actors-filtered-phone");

    organiser.click(organiser.all("#actor-list a").stream().filter(link -> link.getText().contains("Vejle"))
        .findFirst().orElseThrow());
    organiser.type("#edit-region", "Syddanmark");
    organiser.type("#edit-activities", "Mentorordning");
    organiser.screenshot("09-actor-edit");
    organiser.click("#save-actor");
    assertThat(organiser.find("#profile").getText()).contains("Syddanmark", "Mentorordning");

    organiser.go("/actors?region=Syddanmark");
    assertThat(organiser.find("#actor-list").getText()).contains("Vejle").doesNotContain("Nordjylland");
  }

  /**
   * Mixes the three present actors into two groups over both dialogue rounds, then moves someone out of
   * the first round's group of two: the groups are re-scored.
   */
  private void mixAndMove(Browser organiser) {
    organiser.click("#mix-groups");
    assertThat(organiser.find("#quality").getText()).contains("Gentagne møder", "nedre grænse");
    assertThat(organiser.all(".group")).hasSize(4);
    organiser.screenshot("11-groups-mixed");
    organiser.assertFitsAPhone("11-groups-mixed-phone");

    WebElement round = organiser.all("section.round").get(0);
    List<WebElement> groups = round.findElements(By.cssSelector(".group"));
    int crowded = groups.get(0).getText().contains(",") ? 0 : 1;
    String moving = groups.get(crowded).getText().replaceFirst("^[^:]*: ", "").split(", ")[0];
    Browser.choose(round.findElement(By.cssSelector(".move-actor")), moving);
    Browser.choose(round.findElement(By.cssSelector(".move-group")), "Gruppe " + (2 - crowded));
    organiser.click(round.findElement(By.cssSelector(".move-button")));

    assertThat(organiser.find("#quality").getText()).contains("Gentagne møder").doesNotContain("Søgningen");
    assertThat(organiser.all("section.round").get(0).findElements(By.cssSelector(".group")).get(1 - crowded).getText())
        .contains(moving);
    organiser.screenshot("12-group-moved");
  }

  private void logIn(Browser browser) {
    browser.go("/");
    browser.type("#username", WebTesting.USERNAME);
    browser.type("#password", WebTesting.PASSWORD);
    browser.click("#login");
  }

  /** The RSVP link of the invitee whose name contains {@code name}, pointed at this test's server. */
  private String link(Browser browser, String name) {
    String href = browser.all("tr").stream().filter(row -> row.getText().contains(name))
        .map(row -> row.findElement(org.openqa.selenium.By.cssSelector("a.rsvp-link")).getAttribute("href"))
        .findFirst().orElseThrow();
    assertThat(href).startsWith("http://kreds.test/rsvp/");
    return base + URI.create(href).getPath();
  }
}
