package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Response;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The invitee's pages over HTTP: what a GET may not do, what a forged or expired link gets, what the log keeps. */
class RsvpPagesTest {

  private final TestWorld world = new TestWorld();
  private final ActorId vejle = world.actor("Netværk for socialøkonomiske virksomheder i Vejle");
  private final MeetingId meeting = world.meeting(world.circle(world.actor("Kooperationen")));
  private WebServer server;
  private String token;

  @BeforeEach
  void start() {
    world.invite(meeting, List.of(vejle));
    token = world.use.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting, List.of(vejle))).get(vejle);
    server = WebTesting.start(world.use);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Http invitee() {
    return WebTesting.visitor(server);
  }

  private long version() {
    return world.use.showMeeting().show(new ShowMeetingUseCase.Command(meeting)).version();
  }

  @Test
  void givenALink_whenOpened_thenTheMeetingWithoutAnyChangeAndNoReferrer() {
    long before = version();

    HttpResponse<String> page = invitee().get("/rsvp/" + token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Netværk for socialøkonomiske virksomheder i Vejle", "name=\"csrf\"");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    WebTesting.assertSecurityHeaders(page);
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void givenForgedAlteredOrExpiredTokens_whenOpened_thenTheSameNeutralPage410() {
    String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
    HttpResponse<String> forged = invitee().get("/rsvp/forged-token");
    HttpResponse<String> changed = invitee().get("/rsvp/" + altered);
    world.clock.set(TestWorld.START);
    HttpResponse<String> expired = invitee().get("/rsvp/" + token);

    for (HttpResponse<String> page : List.of(forged, changed, expired)) {
      assertThat(page.statusCode()).isEqualTo(410);
      assertThat(page.body()).isEqualTo(forged.body()).doesNotContain("Vejle");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void givenTheRsvpForm_whenPostedWithoutItsToken_then403AndNothingRecorded() {
    HttpResponse<String> post = invitee().form("/rsvp/" + token, "answer=ACCEPT");

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(world.use.showMeeting().show(new ShowMeetingUseCase.Command(meeting)).invitation(vejle).response())
        .isInstanceOf(Response.Pending.class);
  }

  @Test
  void givenTheRsvpForm_whenAccepted_thenRecordedAndTheLogHasNoToken() {
    Logger requests = (Logger) LoggerFactory.getLogger("dk.kreds.web.requests");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    requests.addAppender(log);
    try {
      String csrf = PagesTest.token(invitee().get("/rsvp/" + token));
      HttpResponse<String> post = invitee().form("/rsvp/" + token, "csrf=" + csrf + "&answer=ACCEPT");

      assertThat(post.statusCode()).isEqualTo(200);
      assertThat(world.use.showMeeting().show(new ShowMeetingUseCase.Command(meeting)).invitation(vejle).response())
          .isInstanceOf(Response.Accepted.class);
      assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
          .anyMatch(line -> line.startsWith("GET /rsvp/{token} 200 "))
          .anyMatch(line -> line.startsWith("POST /rsvp/{token} 200 "))
          .noneMatch(line -> line.contains(token) || line.contains("Vejle"));
    } finally {
      requests.detachAppender(log);
    }
  }
}
