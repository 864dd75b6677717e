package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The actor pages over plain HTTP: the filtered list, an actor's page, edit and archive. */
class ActorPagesTest {

  @RegisterExtension
  final WorldServed served = new WorldServed();
  private final TestWorld world = served.world;
  private final ActorId vejle = world.actor(ActorProfile.of("Netværk i Vejle", ActorKind.NETWORK)
      .withRegion("Syddanmark").withActivities(List.of("Mentorordning", "Netværksmøder")));
  private final ActorId nordjylland = world.actor(ActorProfile.of("Socialøkonomi Nordjylland", ActorKind.NETWORK)
      .withRegion("Nordjylland"));
  private final ActorId fonden = world.actor(ActorProfile.of("Vækstfonden", ActorKind.FUND).withRegion("Syddanmark"));
  private Http organiser;

  @BeforeEach
  void start() {
    organiser = served.organiser;
  }

  @Test
  void givenThreeActors_whenFilteringByKindRegionAndActivity_thenOnlyThoseThatMatch() {
    assertThat(list("kind=NETWORK")).contains("Netværk i Vejle", "Socialøkonomi Nordjylland").doesNotContain("Vækstfonden");
    assertThat(list("region=Syddanmark")).contains("Netværk i Vejle", "Vækstfonden").doesNotContain("Socialøkonomi Nordjylland");
    assertThat(list("kind=NETWORK&region=Syddanmark&activity=mentor")).contains("Netværk i Vejle")
        .doesNotContain("Vækstfonden", "Socialøkonomi Nordjylland");
    assertThat(list("activity=kapital")).doesNotContain("Netværk i Vejle", "Vækstfonden", "Socialøkonomi Nordjylland");
  }

  @Test
  void givenAnUnknownKind_whenFiltering_then400NamingTheField() {
    HttpResponse<String> page = organiser.get("/actors?kind=PIRATE", "Accept-Language", "en");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("kind", "PIRATE");
  }

  @Test
  void givenAnActor_whenEditingItsProfile_thenTheNewProfileIsStoredAndShown() {
    String path = "/actors/" + vejle.value();
    assertThat(organiser.get(path).body()).contains("Mentorordning", "Syddanmark", "value=\"Netværk i Vejle\"");

    HttpResponse<String> saved = post(path, "name=Netv%C3%A6rk+for+socialøkonomi+i+Vejle&kind=NGO&region=Syddanmark"
        + "&activities=Mentorordning%0D%0ACaf%C3%A9m%C3%B8der&cvr=&website=&description=&shortName=");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    ActorProfile stored = world.stored(vejle).profile();
    assertThat(stored.name()).isEqualTo("Netværk for socialøkonomi i Vejle");
    assertThat(stored.kind()).isEqualTo(ActorKind.NGO);
    assertThat(stored.activities()).containsExactly("Mentorordning", "Cafémøder");
    assertThat(organiser.get(path).body()).contains("Cafémøder", "NGO");
  }

  @Test
  void givenABadCvrNumber_whenEditing_then422AndNothingChanged() {
    HttpResponse<String> refused = post("/actors/" + vejle.value(), "name=Vejle&kind=NETWORK&cvr=12345678");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("12345678");
    assertThat(world.stored(vejle).name()).isEqualTo("Netværk i Vejle");
  }

  @Test
  void givenAnActor_whenArchiving_thenTheListLeavesItOutUnlessAskedFor() {
    HttpResponse<String> archived = post("/actors/" + fonden.value() + "/archive", "");

    assertThat(archived.statusCode()).isEqualTo(303);
    assertThat(world.stored(fonden).archived()).isTrue();
    assertThat(list("")).doesNotContain("Vækstfonden");
    assertThat(list("archived=true")).contains("Vækstfonden", "arkiveret");
    assertThat(organiser.get("/actors/" + fonden.value()).body()).doesNotContain("id=\"edit-actor\"");
  }

  @Test
  void givenAnActor_whenAddingExportingAndErasingAContactPerson_thenEachIsDone() {
    String path = "/actors/" + vejle.value();

    HttpResponse<String> added = post(path + "/contacts",
        "name=Anne+Worning&role=Formand&email=anne%40example.org&phone=12+34+56+78&basis=CONSENT");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
    assertThat(organiser.get(path).body()).contains("Anne Worning", "Formand", "anne@example.org", "+4512345678",
        "Samtykke");
    String contact = world.stored(vejle).contacts().get(0).id().value().toString();
    HttpResponse<String> data = organiser.get(path + "/contacts/" + contact + "/personal-data.json");
    assertThat(data.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
        assertThat(value).startsWith("attachment"));
    assertThat(data.body()).contains("\"email\":\"anne@example.org\"", "Netværk i Vejle");
    var since = world.stored(vejle).contacts().get(0).basis().since();
    assertThat(organiser.get(path + "/contacts/" + contact).body()).contains("value=\"Formand\"", "value=\"+4512345678\"");
    assertThat(post(path + "/contacts/" + contact, "name=Anne+Worning&role=N%C3%A6stformand&email=anne%40example.org"
        + "&phone=&basis=CONSENT").statusCode()).isEqualTo(303);
    assertThat(world.stored(vejle).contacts().get(0)).satisfies(person -> {
      assertThat(person.role()).contains("Næstformand");
      assertThat(person.phone()).isEmpty();
      assertThat(person.basis().since()).isEqualTo(since);
    });

    assertThat(post(path + "/contacts/" + contact + "/erase", "").statusCode()).isEqualTo(303);

    assertThat(world.stored(vejle).contacts()).isEmpty();
    assertThat(organiser.get(path).body()).doesNotContain("Anne Worning");
    assertThat(post(path + "/contacts", "name=Bo&email=not-an-address&basis=CONSENT").statusCode()).isEqualTo(422);
    assertThat(world.stored(vejle).contacts()).isEmpty();
  }

  @Test
  void givenAnUnknownActor_whenOpeningItsPage_then404() {
    assertThat(organiser.get("/actors/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(organiser.get("/actors/not-an-id").statusCode()).isEqualTo(404);
    assertThat(world.stored(nordjylland).archived()).isFalse();
  }

  private String list(String query) {
    HttpResponse<String> page = organiser.get("/actors?" + query);
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body().substring(page.body().indexOf("id=\"actor-list\""));
  }

  private HttpResponse<String> post(String path, String form) {
    return served.submit("/actors", path, form);
  }
}
