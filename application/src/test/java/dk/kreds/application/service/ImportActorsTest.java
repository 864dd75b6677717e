package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Importing many actors at once: all or none, no duplicates within the batch or against the field. */
class ImportActorsTest {

  private static final Cvr CVR = new Cvr("25313763");

  private final TestWorld world = new TestWorld();

  private List<ActorId> importActors(ActorProfile... profiles) {
    return world.use.importActors().importActors(ImportActorsUseCase.Command.of(List.of(profiles)));
  }

  private static ActorProfile ngo(String name) {
    return ActorProfile.of(name, ActorKind.NGO);
  }

  @Test
  void givenThreeNewProfiles_whenImporting_thenAllStoredUnderTheReturnedIdsInOrder() {
    List<ActorId> ids = importActors(ngo("Alfa"), ngo("Beta").withCvr(CVR), ngo("Gamma"));

    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    assertThat(ids.stream().map(world::stored).map(Actor::name)).containsExactly("Alfa", "Beta", "Gamma");
  }

  @Test
  void givenProfileWithTwoContactPersons_whenImporting_thenBothStoredOnTheActorUnderDistinctIds() {
    ContactDetails søren = new ContactDetails("Søren Ærø", Optional.of("formand"), Optional.of(new Email("soren@aero.dk")),
        Optional.empty(), new LawfulBasis(LawfulBasis.Ground.CONSENT, Instant.parse("2014-10-01T08:00:00Z")));
    ContactDetails åse = new ContactDetails("Åse Øst", Optional.empty(), Optional.empty(), Optional.empty(),
        new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, Instant.parse("2014-10-01T08:00:00Z")));

    List<ActorId> ids = world.use.importActors().importActors(new ImportActorsUseCase.Command(List.of(
        new ImportActorsUseCase.Entry(ngo("Alfa"), List.of(søren, åse)), new ImportActorsUseCase.Entry(ngo("Beta"), List.of()))));

    Actor alfa = world.stored(ids.get(0));
    assertThat(alfa.contacts()).extracting(ContactPerson::name).containsExactly("Søren Ærø", "Åse Øst");
    assertThat(alfa.contacts()).extracting(ContactPerson::id).doesNotHaveDuplicates();
    assertThat(alfa.contacts().get(0).email()).contains(new Email("soren@aero.dk"));
    assertThat(world.stored(ids.get(1)).contacts()).isEmpty();
  }

  @Test
  void givenEmptyBatch_whenBuildingTheCommand_thenRefused() {
    assertThatThrownBy(() -> ImportActorsUseCase.Command.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTwoProfilesWithTheSameNameKeyInTheBatch_whenImporting_thenRefusedNamingItAndNothingStored() {
    world.assertRefused(Rule.ACTOR_NAME_DUPLICATE, () -> importActors(ngo("Alfa"), ngo("Beta"), ngo(" alfa ")));
    assertThatThrownBy(() -> importActors(ngo("Alfa"), ngo(" alfa ")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.value()).isEqualToIgnoringCase("alfa"));
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenTwoProfilesWithTheSameCvrInTheBatch_whenImporting_thenRefusedNamingItAndNothingStored() {
    world.assertRefused(Rule.ACTOR_CVR_DUPLICATE, () -> importActors(ngo("Alfa").withCvr(CVR), ngo("Beta").withCvr(CVR)));
    assertThatThrownBy(() -> importActors(ngo("Alfa").withCvr(CVR), ngo("Beta").withCvr(CVR)))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.value()).isEqualTo(CVR.digits()));
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenStoredActor_whenImportingABatchWhoseLastProfileHasItsName_thenRefusedAndNoneOfTheBatchStored() {
    world.actor("Kooperationen");

    world.assertRefused(Rule.ACTOR_NAME_DUPLICATE, () -> importActors(ngo("Alfa"), ngo("Beta"), ngo("KOOPERATIONEN")));
    assertThat(world.ports.actors().findAll()).extracting(Actor::name).containsExactly("Kooperationen");
  }

  @Test
  void givenStoredActorWithCvr_whenImportingABatchWithThatCvr_thenRefusedAndNoneOfTheBatchStored() {
    world.actor(ngo("Kooperationen").withCvr(CVR));

    world.assertRefused(Rule.ACTOR_CVR_DUPLICATE, () -> importActors(ngo("Alfa"), ngo("Beta").withCvr(CVR)));
    assertThat(world.ports.actors().findAll()).hasSize(1);
  }

  @Test
  void givenUnknownParentInTheLastProfile_whenImporting_thenNotFoundAndNoneOfTheBatchStored() {
    ActorId unknown = world.ports.actors().nextId();

    world.assertNotFound("actor.not-found", () -> importActors(ngo("Alfa"), ngo("Beta").withParent(unknown)));
    assertThat(world.ports.actors().findAll()).isEmpty();
  }
}
