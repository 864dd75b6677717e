package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.Rule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering, changing, archiving and listing actors. */
class ActorServiceTest {

  private static final Cvr CVR = new Cvr("25313763");

  private final TestWorld world = new TestWorld();

  @Test
  void givenNewProfile_whenRegistering_thenStoredUnderTheReturnedId() {
    ActorProfile profile = ActorProfile.of("  Kooperationen ", ActorKind.INTEREST_ORGANISATION).withCvr(CVR).withRegion("København");

    ActorId id = world.actor(profile);

    Actor stored = world.stored(id);
    assertThat(stored.name()).isEqualTo("Kooperationen");
    assertThat(stored.profile()).isEqualTo(profile);
    assertThat(stored.archived()).isFalse();
  }

  @Test
  void givenArchivedActorWithAContact_whenShowing_thenItIsShownWithTheContact() {
    ActorId id = world.actor("Kooperationen");
    world.contact(id, "Anne Worning", "aw@kooperationen.dk");
    world.archive(id);

    Actor shown = world.use.showActor().show(new ShowActorUseCase.Command(id));

    assertThat(shown.archived()).isTrue();
    assertThat(shown.contacts()).extracting(c -> c.name()).containsExactly("Anne Worning");
  }

  @Test
  void givenActorsArchivedOrNot_whenAskingForSome_thenThoseKnownAreNamedAndComeWholeAndNoOther() {
    ActorId aero = world.actor("Ærø Andelsforening");
    ActorId archived = world.actor("Kooperationen");
    world.archive(archived);
    world.actor("CABI");
    ActorId unknown = world.ports.actors().nextId();

    var names = world.use.listActors().names(List.of(aero, archived, unknown));

    assertThat(names).containsOnly(Map.entry(aero, "Ærø Andelsforening"), Map.entry(archived, "Kooperationen"));
    var actors = world.use.listActors().actors(List.of(aero, archived, unknown));
    assertThat(actors).extracting(Actor::name).containsExactlyInAnyOrder("Ærø Andelsforening", "Kooperationen");
    assertThat(actors).filteredOn(Actor::archived).extracting(Actor::id).containsExactly(archived);
  }

  @Test
  void givenUnknownActor_whenShowing_thenNotFound() {
    world.assertNotFound("actor.not-found",
        () -> world.use.showActor().show(new ShowActorUseCase.Command(world.ports.actors().nextId())));
  }

  @Test
  void givenActorAeble_whenRegisteringAebleInOtherCaseAndSpacing_thenRefusedAndNothingStored() {
    world.actor("Æble");

    world.assertRefused(Rule.ACTOR_NAME_DUPLICATE, () -> world.actor(" æble"));
    assertThat(world.ports.actors().findAll()).hasSize(1);
  }

  @Test
  void givenActorWithCvr_whenRegisteringAnotherNameWithThatCvr_thenRefusedAndNothingStored() {
    world.actor(ActorProfile.of("Kooperationen", ActorKind.INTEREST_ORGANISATION).withCvr(CVR));

    world.assertRefused(Rule.ACTOR_CVR_DUPLICATE,
        () -> world.actor(ActorProfile.of("Noget helt andet", ActorKind.NGO).withCvr(Cvr.parse("DK 25 31 37 63"))));
  }

  @Test
  void givenUnknownParent_whenRegistering_thenNotFoundAndNothingStored() {
    ActorId unknown = world.ports.actors().nextId();

    world.assertNotFound("actor.not-found", () -> world.actor(ActorProfile.of("Netværket", ActorKind.NETWORK).withParent(unknown)));
  }

  @Test
  void givenBPartOfA_whenMakingAPartOfB_thenRefusedAsACycle() {
    ActorId a = world.actor("Teknologisk Institut", ActorKind.RESEARCH);
    ActorId b = world.actor(ActorProfile.of("Det kommunale netværk", ActorKind.NETWORK).withParent(a));

    world.assertRefused(Rule.ACTOR_PARENT_SELF, () -> update(a, world.stored(a).profile().withParent(b)));
  }

  @Test
  void givenChainCPartOfBPartOfA_whenMakingAPartOfC_thenRefusedAsACycle() {
    ActorId a = world.actor("A");
    ActorId b = world.actor(ActorProfile.of("B", ActorKind.NGO).withParent(a));
    ActorId c = world.actor(ActorProfile.of("C", ActorKind.NGO).withParent(b));

    world.assertRefused(Rule.ACTOR_PARENT_SELF, () -> update(a, world.stored(a).profile().withParent(c)));
  }

  @Test
  void givenActor_whenMakingItPartOfItself_thenRefused() {
    ActorId a = world.actor("Kooperationen");

    world.assertRefused(Rule.ACTOR_PARENT_SELF, () -> update(a, world.stored(a).profile().withParent(a)));
  }

  @Test
  void givenChain_whenMakingTheTopPartOfAnUnrelatedActor_thenAccepted() {
    ActorId a = world.actor("A");
    world.actor(ActorProfile.of("B", ActorKind.NGO).withParent(a));
    ActorId top = world.actor("Paraplyen");

    update(a, world.stored(a).profile().withParent(top));

    assertThat(world.stored(a).profile().parent()).contains(top);
  }

  @Test
  void givenTwoActors_whenRenamingOneToTheOthersName_thenRefused() {
    world.actor("Kooperationen");
    ActorId other = world.actor("CABI");

    world.assertRefused(Rule.ACTOR_NAME_DUPLICATE, () -> update(other, ActorProfile.of("KOOPERATIONEN", ActorKind.NGO)));
  }

  @Test
  void givenActorWithCvr_whenUpdatingItsOwnNameSpellingAndKeepingItsCvr_thenAccepted() {
    ActorId id = world.actor(ActorProfile.of("Kooperationen", ActorKind.NGO).withCvr(CVR));

    update(id, ActorProfile.of("KOOPERATIONEN", ActorKind.INTEREST_ORGANISATION).withCvr(CVR));

    assertThat(world.stored(id).name()).isEqualTo("KOOPERATIONEN");
    assertThat(world.stored(id).version()).isEqualTo(2);
  }

  @Test
  void givenUnknownActor_whenUpdating_thenNotFound() {
    world.assertNotFound("actor.not-found", () -> update(world.ports.actors().nextId(), ActorProfile.of("X", ActorKind.NGO)));
  }

  @Test
  void givenActor_whenArchiving_thenKeptButListedOnlyWithTheArchived() {
    ActorId archived = world.actor("CABI");
    ActorId active = world.actor("Kooperationen");

    world.archive(archived);

    assertThat(world.stored(archived).archived()).isTrue();
    assertThat(list(false)).extracting(Actor::id).containsExactly(active);
    assertThat(list(true)).extracting(Actor::id).containsExactly(archived, active);
  }

  @Test
  void givenNamesWithAeOeAa_whenListing_thenInDanishOrder() {
    List.of("Åben Dør", "Øst", "Zealand", "Ærø", "Basis", "aarhus netværk").forEach(world::actor);

    assertThat(list(false)).extracting(Actor::name)
        .containsExactly("Basis", "Zealand", "Ærø", "Øst", "Åben Dør", "aarhus netværk");
  }

  private void update(ActorId id, ActorProfile profile) {
    world.use.updateActor().update(new UpdateActorUseCase.Command(id, profile));
  }

  private List<Actor> list(boolean includeArchived) {
    return world.use.listActors().list(new ListActorsUseCase.Command(includeArchived));
  }
}
