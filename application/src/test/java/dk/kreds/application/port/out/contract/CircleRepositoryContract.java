package dk.kreds.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link CircleRepository} does, whatever stores it. */
public abstract class CircleRepositoryContract extends PortsContract {

  private CircleRepository circles() {
    return ports.circles();
  }

  @Test
  void givenCircleWithEveryPart_whenSavedAndFound_thenSameStateAtVersionOne() {
    ContactPerson anne = data.contact("Anne Worning", "aw@kooperationen.dk");
    ContactPerson per = data.contact("Per Bach", "per@timebank.dk");
    Actor kooperationen = data.savedActor("Kooperationen", anne);
    Actor sed = data.savedActor("Sociale Entreprenører i Danmark", per);
    Actor kbh = data.savedActor("KBH+", ActorKind.NETWORK);
    Circle circle = Circle.create(circles().nextId(), "Kredsen af aktører i det socialøkonomiske felt",
        List.of(kooperationen.id(), sed.id()), ContractData.DAY.minusMonths(2));
    circle.addMember(kbh.id(), ContractData.DAY.plusDays(1));
    circle.setCadence(new Cadence(6));
    ContactRef perRef = new ContactRef(sed.id(), per.id());
    ContactRef anneRef = new ContactRef(kooperationen.id(), anne.id());
    circle.setWorkingGroup(List.of(perRef, anneRef));
    circle.setChannel(new DiscussionChannel("Socialøkonomisk Netværk", Optional.of(Website.parse("https://www.linkedin.com/groups/123"))));
    circle.postTheme(new DiscussionTheme("Opsamling fra Stormødet", "Tak for et godt møde.\nHvad nu?", ContractData.DAY.plusDays(2), anneRef));
    circle.postTheme(new DiscussionTheme("Fælles strategi", "", ContractData.DAY.plusDays(9), perRef));

    circles().save(circle);

    assertThat(circles().find(circle.id())).get().extracting(Circle::state).isEqualTo(atVersion(circle.state(), 1));
  }

  @Test
  void givenStoredCircle_whenChangedAndSavedAgain_thenVersionRisesByOne() {
    Circle stored = data.savedCircle();
    stored.setCadence(new Cadence(12));

    circles().save(stored);

    assertThat(circles().get(stored.id()).state()).isEqualTo(atVersion(stored.state(), 2));
  }

  @Test
  void givenUnknownId_whenFinding_thenEmpty() {
    data.savedCircle();

    assertThat(circles().find(circles().nextId())).isEmpty();
  }

  @Test
  void givenUnknownId_whenGetting_thenCircleNotFound() {
    CircleId unknown = circles().nextId();

    ContractData.assertNotFound("circle.not-found", unknown, () -> circles().get(unknown));
  }

  @Test
  void givenTwoCircles_whenFindingAll_thenBoth() {
    Circle first = data.savedCircle();
    Circle second = data.savedCircle("Den nordjyske kreds", List.of(data.savedActor("Socialøkonomi Nordjylland", ActorKind.NETWORK).id()));

    assertThat(circles().findAll()).extracting(Circle::id).containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void givenActorInOneOfTwoCircles_whenFindingByMember_thenOnlyThatCircle() {
    Actor kooperationen = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor nordjylland = data.savedActor("Socialøkonomi Nordjylland", ActorKind.NETWORK);
    Actor vejle = data.savedActor("Netværk i Vejle", ActorKind.NETWORK);
    Circle copenhagen = data.savedCircle("Kredsen", List.of(kooperationen.id()));
    Circle jutland = data.savedCircle("Den jyske kreds", List.of(nordjylland.id()));
    jutland.addMember(vejle.id(), ContractData.DAY);
    circles().save(jutland);

    assertThat(circles().findByMember(vejle.id())).extracting(Circle::id).containsExactly(jutland.id());
    assertThat(circles().findByMember(kooperationen.id())).extracting(Circle::id).containsExactly(copenhagen.id());
  }

  @Test
  void givenActorInNoCircle_whenFindingByMember_thenEmpty() {
    data.savedCircle();
    Actor outsider = data.savedActor("CABI", ActorKind.PUBLIC_BODY);

    assertThat(circles().findByMember(outsider.id())).isEmpty();
  }

  @Test
  void givenTwoCopiesOfOneVersion_whenBothAreSaved_thenTheSecondIsStaleAndNotApplied() {
    Circle stored = data.savedCircle();
    Circle first = circles().get(stored.id());
    Circle second = circles().get(stored.id());
    first.setCadence(new Cadence(6));
    circles().save(first);
    Circle.State afterFirst = circles().get(stored.id()).state();
    second.setCadence(new Cadence(3));

    ContractData.assertStale("circle", stored.id(), () -> circles().save(second), () -> circles().get(stored.id()).state(), afterFirst);
  }

  @Test
  void givenStoredCircle_whenSavingANewCircleWithItsId_thenStaleAndNotApplied() {
    Circle stored = data.savedCircle();
    Circle impostor = Circle.create(stored.id(), "En anden kreds", stored.conveners(), ContractData.DAY);

    ContractData.assertStale("circle", stored.id(), () -> circles().save(impostor), () -> circles().get(stored.id()).state(), stored.state());
  }

  @Test
  void givenDanishAndDecomposedText_whenSavedAndFound_thenExactlyTheNormalisedText() {
    Actor convener = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Circle circle = Circle.create(circles().nextId(), "Kredsen på A\u030Arø – æøå ÆØÅ 😀", List.of(convener.id()), ContractData.DAY);
    circle.setChannel(new DiscussionChannel("Socialøkonomisk Netværk – Ærø", Optional.empty()));

    circles().save(circle);

    Circle found = circles().get(circle.id());
    assertThat(found.name()).isEqualTo("Kredsen på Årø – æøå ÆØÅ 😀");
    assertThat(found.state()).isEqualTo(atVersion(circle.state(), 1));
  }

  private static Circle.State atVersion(Circle.State s, long version) {
    return new Circle.State(s.id(), version, s.name(), s.conveners(), s.members(), s.cadence(), s.workingGroup(), s.channel(), s.themes());
  }
}
