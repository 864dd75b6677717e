package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every organiser page, filled with data: each form that changes something is a POST with the CSRF token; no GET form does. */
class EveryFormTest {

  private static final Pattern FORM = Pattern.compile("<form method=\"(get|post)\"[^>]*>(.*?)</form>", Pattern.DOTALL);

  @RegisterExtension
  final WorldServed served = new WorldServed(java.util.Optional.of((file, messages, basis) ->
      new ActorFileReader.Parsed(List.of(), List.of(), List.of(), true)));

  @Test
  void givenEveryPage_whenReadingItsForms_thenEachPostCarriesTheTokenAndPagesHaveNoScript() {
    TestWorld world = served.world;
    ActorId kooperationen = world.actor("Kooperationen");
    ActorId vejle = world.actor("Netværk i Vejle");
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "anne@example.org");
    CircleId circle = world.circle(kooperationen);
    MeetingId planned = world.meeting(circle);
    MeetingId held = world.heldMeeting(circle, 2, List.of(kooperationen, vejle), List.of());
    world.use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(held));

    for (String path : List.of("/meetings", "/meetings/" + planned.value(), "/meetings/" + held.value(),
        "/meetings/" + held.value() + "/write-up", "/actors", "/actors/" + kooperationen.value(),
        "/actors/" + kooperationen.value() + "/contacts/" + anne.contact().value(), "/circles/" + circle.value(),
        "/field")) {
      HttpResponse<String> page = served.organiser.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).doesNotContainIgnoringCase("<script");
      Matcher form = FORM.matcher(page.body());
      int posts = 0;
      while (form.find()) {
        boolean post = form.group(1).equals("post");
        assertThat(form.group(2).contains("name=\"csrf\"")).as(path + ": " + form.group()).isEqualTo(post);
        posts += post ? 1 : 0;
      }
      assertThat(posts).as(path).isPositive();
    }
  }
}
