package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A circle's page over HTTP: cadence, channel, working group and themes set through its forms. */
class CirclePageTest {

  @RegisterExtension
  final WorldServed served = new WorldServed();
  private final TestWorld world = served.world;
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final CircleId circle = world.circle(kooperationen);
  private final ContactRef anne = world.contact(kooperationen, "Anne Worning", "anne@example.org");
  private Http organiser;
  private String path;

  @BeforeEach
  void start() {
    organiser = served.organiser;
    path = "/circles/" + circle.value();
  }

  @Test
  void givenACircle_whenSettingItsCadenceChannelWorkingGroupAndATheme_thenStoredAndShown() {
    String person = anne.actor().value() + "%2F" + anne.contact().value();
    assertThat(organiser.get("/meetings").body()).contains("href=\"" + path + "\"");

    assertThat(post("/cadence", "months=6").statusCode()).isEqualTo(303);
    assertThat(post("/channel", "name=LinkedIn-gruppen&url=https%3A%2F%2Flinkedin.com%2Fgroups%2F1").statusCode())
        .isEqualTo(303);
    assertThat(post("/working-group", "person=" + person).statusCode()).isEqualTo(303);
    assertThat(post("/themes", "title=Kapital&body=Hvor+finder+vi+den%3F&author=" + person).statusCode()).isEqualTo(303);

    Circle stored = world.stored(circle);
    assertThat(stored.cadence()).hasValueSatisfying(cadence -> assertThat(cadence.months()).isEqualTo(6));
    assertThat(stored.workingGroup()).containsExactly(anne);
    assertThat(stored.themes()).singleElement().satisfies(theme -> assertThat(theme.title()).isEqualTo("Kapital"));
    assertThat(organiser.get(path).body()).contains("value=\"6\"", "LinkedIn-gruppen", "Hvor finder vi den?",
        "Anne Worning (Kooperationen)", "checked");
  }

  @Test
  void givenAnActorOutsideTheCircle_whenAddingIt_thenAMember() {
    ActorId vejle = world.actor("Netværk i Vejle");

    assertThat(post("/members", "actor=" + vejle.value()).statusCode()).isEqualTo(303);

    assertThat(world.stored(circle).isMember(vejle)).isTrue();
    assertThat(organiser.get(path).body()).contains("Kooperationen, Netværk i Vejle");
    assertThat(post("/members", "").statusCode()).isEqualTo(400);
  }

  @Test
  void givenBadValues_whenPosting_then422Or400Or404() {
    assertThat(post("/cadence", "months=30").statusCode()).isEqualTo(422);
    assertThat(post("/cadence", "months=six").statusCode()).isEqualTo(400);
    assertThat(post("/working-group", "person=nobody").statusCode()).isEqualTo(400);
    assertThat(organiser.get("/circles/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(world.stored(circle).cadence()).isEmpty();
  }

  private HttpResponse<String> post(String action, String form) {
    return served.submit(path, path + action, form);
  }
}
