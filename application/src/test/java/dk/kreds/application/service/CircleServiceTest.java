package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.circle.Membership;
import dk.kreds.domain.shared.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating circles and keeping their members, cadence, working group and channel. */
class CircleServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark");

  @Test
  void givenCirclesWithDanishNames_whenListing_thenInDanishOrder() {
    for (String name : List.of("Åkredsen", "Ørekredsen", "Amagerkredsen", "Zonekredsen")) {
      world.use.createCircle().create(new CreateCircleUseCase.Command(name, List.of(kooperationen), Optional.empty()));
    }

    assertThat(world.use.listCircles().list()).extracting(Circle::name)
        .containsExactly("Amagerkredsen", "Zonekredsen", "Ørekredsen", "Åkredsen");
  }

  @Test
  void givenTwoConveners_whenCreatingACircle_thenTheyAreItsFirstMembersFromToday() {
    CircleId id = world.use.createCircle().create(
        new CreateCircleUseCase.Command("Socialøkonomisk kreds", List.of(kooperationen, sed), Optional.of(new Cadence(6))));

    Circle circle = world.use.showCircle().show(new ShowCircleUseCase.Command(id));
    assertThat(circle.name()).isEqualTo("Socialøkonomisk kreds");
    assertThat(circle.conveners()).containsExactly(kooperationen, sed);
    assertThat(circle.members()).extracting(Membership::actor).containsExactly(kooperationen, sed);
    assertThat(circle.members()).extracting(Membership::joined).containsOnly(START.minusDays(55).toLocalDate());
    assertThat(circle.cadence()).contains(new Cadence(6));
  }

  @Test
  void givenArchivedActor_whenCreatingACircleItConvenes_thenRefusedAndNothingStored() {
    world.archive(sed);

    world.assertRefused(Rule.ACTOR_ARCHIVED, () -> world.circle(kooperationen, sed));
  }

  @Test
  void givenUnknownConvener_whenCreatingACircle_thenNotFoundAndNothingStored() {
    world.assertNotFound("actor.not-found", () -> world.circle(kooperationen, world.ports.actors().nextId()));
  }

  @Test
  void givenCircle_whenAddingNewAndExistingMembers_thenOnlyTheNewOnesJoinOnce() {
    CircleId circle = world.circle(kooperationen);
    ActorId kbh = world.actor("KBH+");

    addMembers(circle, List.of(kbh, kooperationen, kbh, sed));

    assertThat(world.stored(circle).members()).extracting(Membership::actor).containsExactly(kooperationen, kbh, sed);
  }

  @Test
  void givenArchivedActorAmongNewMembers_whenAdding_thenRefusedAndNoneJoins() {
    CircleId circle = world.circle(kooperationen);
    ActorId kbh = world.actor("KBH+");
    world.archive(sed);

    world.assertRefused(Rule.ACTOR_ARCHIVED, () -> addMembers(circle, List.of(kbh, sed)));
  }

  @Test
  void givenCircle_whenSettingTheCadence_thenStored() {
    CircleId circle = world.circle(kooperationen);

    world.use.setCadence().set(new SetCadenceUseCase.Command(circle, new Cadence(6)));

    assertThat(world.stored(circle).cadence()).contains(new Cadence(6));
  }

  @Test
  void givenContactsOfMembers_whenNamingTheWorkingGroup_thenStoredInOrder() {
    CircleId circle = world.circle(kooperationen, sed);
    ContactRef per = world.contact(sed, "Per Bach", "per@timebank.dk");
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");

    setWorkingGroup(circle, List.of(per, anne));

    assertThat(world.stored(circle).workingGroup()).containsExactly(per, anne);
  }

  @Test
  void givenContactOfAnActorOutsideTheCircle_whenNamingTheWorkingGroup_thenRefused() {
    CircleId circle = world.circle(kooperationen);
    ContactRef per = world.contact(sed, "Per Bach", "per@timebank.dk");

    world.assertRefused(Rule.WORKING_GROUP_NOT_MEMBER, () -> setWorkingGroup(circle, List.of(per)));
  }

  @Test
  void givenUnknownContactOfAMember_whenNamingTheWorkingGroup_thenNotFound() {
    CircleId circle = world.circle(kooperationen);
    ContactRef ghost = new ContactRef(kooperationen, world.ports.actors().nextContactId());

    world.assertNotFound("contact.not-found", () -> setWorkingGroup(circle, List.of(ghost)));
  }

  @Test
  void givenChannel_whenPostingATheme_thenPostedDatedTodayByItsAuthor() {
    CircleId circle = world.circle(kooperationen);
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");
    world.use.setChannel().set(new SetChannelUseCase.Command(circle, new DiscussionChannel("Socialøkonomisk Netværk", Optional.empty())));
    world.clock.set(START.plusDays(2));

    post(circle, anne);

    assertThat(world.stored(circle).themes()).containsExactly(
        new DiscussionTheme("Opsamling fra Stormødet", "Tak for et godt møde.", LocalDate.of(2014, 11, 27), anne));
  }

  @Test
  void givenNoChannel_whenPostingATheme_thenRefused() {
    CircleId circle = world.circle(kooperationen);
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");

    world.assertRefused(Rule.THEME_CHANNEL_MISSING, () -> post(circle, anne));
  }

  @Test
  void givenUnknownCircle_whenShowing_thenNotFound() {
    world.assertNotFound("circle.not-found",
        () -> world.use.showCircle().show(new ShowCircleUseCase.Command(world.ports.circles().nextId())));
  }

  private void addMembers(CircleId circle, List<ActorId> actors) {
    world.use.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, actors));
  }

  private void setWorkingGroup(CircleId circle, List<ContactRef> persons) {
    world.use.setWorkingGroup().set(new SetWorkingGroupUseCase.Command(circle, persons));
  }

  private void post(CircleId circle, ContactRef author) {
    world.use.postDiscussionTheme().post(
        new PostDiscussionThemeUseCase.Command(circle, "Opsamling fra Stormødet", "Tak for et godt møde.", author));
  }
}
