package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase.Entry;
import dk.kreds.application.port.in.ImportActorsUseCase.Matched;
import dk.kreds.application.port.in.ImportActorsUseCase.Mode;
import dk.kreds.application.port.in.ImportActorsUseCase.Refused;
import dk.kreds.application.port.in.ImportActorsUseCase.Registered;
import dk.kreds.application.port.in.ImportActorsUseCase.Result;
import dk.kreds.application.port.out.contract.StoredState;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Importing many actors at once: checked first, then all or none (or the good ones), and never twice. */
class ImportActorsTest {

  private static final Cvr CVR = new Cvr("25313763");

  private final TestWorld world = new TestWorld();

  private Result importActors(ActorProfile... profiles) {
    return world.use.importActors().importActors(ImportActorsUseCase.Command.of(List.of(profiles)));
  }

  private Result importEntries(Mode mode, boolean dryRun, Entry... entries) {
    return world.use.importActors().importActors(new ImportActorsUseCase.Command(List.of(entries), mode, dryRun));
  }

  private static ActorProfile ngo(String name) {
    return ActorProfile.of(name, ActorKind.NGO);
  }

  private static Entry entry(String name, ContactDetails... contacts) {
    return new Entry(ngo(name), List.of(contacts));
  }

  private List<String> storedNames() {
    return world.ports.actors().findAll().stream().map(Actor::name).sorted().toList();
  }

  private static String refusalCode(Result result, int index) {
    return ((Refused) result.outcomes().get(index)).reason().code();
  }

  @Test
  void givenThreeNewProfiles_whenImporting_thenAllStoredUnderTheReturnedIdsInOrder() {
    Result result = importActors(ngo("Alfa"), ngo("Beta").withCvr(CVR), ngo("Gamma"));

    assertThat(result.stored()).isTrue();
    assertThat(result.registered()).isEqualTo(3);
    List<ActorId> ids = result.registeredIds();
    assertThat(ids).isEqualTo(result.outcomes().stream().map(o -> ((Registered) o).actor()).toList());
    assertThat(ids.stream().map(world::stored).map(Actor::name)).containsExactly("Alfa", "Beta", "Gamma");
  }

  @Test
  void givenEntriesWithContactPersons_whenImporting_thenThePersonsAreStoredWithTheirActor() {
    Result result = importEntries(Mode.ALL_OR_NOTHING, false,
        entry("Kooperationen", TestWorld.details("Anne Worning", "aw@kooperationen.dk"),
            TestWorld.details("Ole Olsen", "ole@kooperationen.dk")));

    Actor stored = world.stored(((Registered) result.outcomes().get(0)).actor());
    assertThat(stored.contacts()).extracting(ContactPerson::name).containsExactly("Anne Worning", "Ole Olsen");
  }

  @Test
  void givenEmptyBatch_whenBuildingTheCommand_thenRefused() {
    assertThatThrownBy(() -> ImportActorsUseCase.Command.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheSameListImportedTwice_whenImportingAgain_thenEveryEntryMatchesAndNothingIsDuplicated() {
    Entry koop = new Entry(ngo("Kooperationen").withCvr(CVR), List.of(TestWorld.details("Anne Worning", "aw@kooperationen.dk")));
    importEntries(Mode.ALL_OR_NOTHING, false, koop, entry("Alfa"));
    StoredState before = StoredState.of(world.ports);

    Result again = importEntries(Mode.ALL_OR_NOTHING, false, koop, entry(" ALFA "));

    assertThat(again.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Matched.class,
        m -> assertThat(m.contactsAdded()).isZero()));
    assertThat(StoredState.of(world.ports)).isEqualTo(before);
  }

  @Test
  void givenStoredActor_whenImportingItUnderANewNameWithItsCvrAndANewPerson_thenMatchedByCvrAndOnlyThePersonAdded() {
    ActorId koop = world.actor(ngo("Kooperationen").withCvr(CVR));

    Result result = importEntries(Mode.ALL_OR_NOTHING, false,
        new Entry(ngo("Kooperationen A/S").withCvr(CVR), List.of(TestWorld.details("Ole Olsen", "ole@kooperationen.dk"))));

    assertThat(result.outcomes()).containsExactly(new Matched(koop, 1));
    assertThat(world.stored(koop).name()).isEqualTo("Kooperationen");
    assertThat(world.stored(koop).contacts()).extracting(ContactPerson::name).containsExactly("Ole Olsen");
  }

  @Test
  void givenNameOfOneStoredActorAndCvrOfAnother_whenImporting_thenRefusedAsNameDuplicate() {
    world.actor("Alfa");
    world.actor(ngo("Beta").withCvr(CVR));

    Result result = importActors(ngo("Alfa").withCvr(CVR));

    assertThat(refusalCode(result, 0)).isEqualTo("actor.name.duplicate");
    assertThat(result.stored()).isFalse();
  }

  @Test
  void givenStoredNameWithAnotherCvr_whenImportingThatNameWithANewCvr_thenRefusedAsNameDuplicate() {
    world.actor(ngo("Alfa").withCvr(CVR));

    Result result = importActors(ngo("Alfa").withCvr(new Cvr("10000009")));

    assertThat(refusalCode(result, 0)).isEqualTo("actor.name.duplicate");
  }

  @Test
  void givenTwoEntriesWithTheSameNameKey_whenImportingAllOrNothing_thenTheSecondRefusedAndNothingStored() {
    Result result = importActors(ngo("Alfa"), ngo("Beta"), ngo(" alfa "));

    assertThat(result.outcomes().get(0)).isInstanceOf(Registered.class);
    assertThat(refusalCode(result, 2)).isEqualTo("actor.name.duplicate");
    assertThat(((Refused) result.outcomes().get(2)).reason().value()).isEqualTo("alfa");
    assertThat(result.stored()).isFalse();
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenTwoEntriesWithTheSameCvr_whenImportingAllOrNothing_thenRefusedNamingItAndNothingStored() {
    Result result = importActors(ngo("Alfa").withCvr(CVR), ngo("Beta").withCvr(CVR));

    assertThat(refusalCode(result, 1)).isEqualTo("actor.cvr.duplicate");
    assertThat(((Refused) result.outcomes().get(1)).reason().value()).isEqualTo(CVR.digits());
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenARefusedEntry_whenSkippingRefused_thenTheOthersAreStored() {
    Result result = importEntries(Mode.SKIP_REFUSED, false, entry("Alfa"), entry("alfa"), entry("Beta"));

    assertThat(result.stored()).isTrue();
    assertThat(result.refused()).hasSize(1);
    assertThat(storedNames()).containsExactly("Alfa", "Beta");
  }

  @Test
  void givenADryRun_whenImporting_thenOutcomesReportedAndNothingStored() {
    world.actor("Alfa");
    StoredState before = StoredState.of(world.ports);

    Result result = importEntries(Mode.SKIP_REFUSED, true, entry("Alfa", TestWorld.details("Ole Olsen", "ole@alfa.dk")), entry("Beta"));

    assertThat(result.stored()).isFalse();
    assertThat(result.matched()).isEqualTo(1);
    assertThat(result.registered()).isEqualTo(1);
    assertThat(StoredState.of(world.ports)).isEqualTo(before);
  }

  @Test
  void givenAnActorWithTooManyPersons_whenImporting_thenThatEntryRefusedWithTheContactRule() {
    ContactDetails[] persons = IntStream.range(0, 101).mapToObj(i -> TestWorld.details("Person " + i, "p" + i + "@alfa.dk"))
        .toArray(ContactDetails[]::new);

    Result result = importEntries(Mode.SKIP_REFUSED, false, entry("Alfa", persons), entry("Beta"));

    assertThat(refusalCode(result, 0)).isEqualTo("contact.count");
    assertThat(storedNames()).containsExactly("Beta");
  }

  @Test
  void givenUnknownParentInTheLastProfile_whenImporting_thenNotFoundAndNoneOfTheBatchStored() {
    ActorId unknown = world.ports.actors().nextId();

    Result result = importActors(ngo("Alfa"), ngo("Beta").withParent(unknown));

    assertThat(refusalCode(result, 1)).isEqualTo("actor.not-found");
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenTwoEntriesMatchingOneStoredActorByNameAndByCvr_whenImporting_thenTheSecondRefusedAsDuplicate() {
    ActorId koop = world.actor(ngo("Kooperationen").withCvr(CVR));

    Result result = importEntries(Mode.SKIP_REFUSED, false,
        entry("Kooperationen", TestWorld.details("Anne Worning", "aw@kooperationen.dk")),
        new Entry(ngo("Kooperationen A/S").withCvr(CVR), List.of(TestWorld.details("Ole Olsen", "ole@kooperationen.dk"))));

    assertThat(result.outcomes().get(0)).isEqualTo(new Matched(koop, 1));
    assertThat(refusalCode(result, 1)).isEqualTo("actor.name.duplicate");
    assertThat(world.stored(koop).contacts()).extracting(ContactPerson::name).containsExactly("Anne Worning");
  }

  /** Entries as a file being read hands them over: taken once, and storable only if {@code storable}. */
  private static ImportActorsUseCase.Entries streamed(List<Entry> entries, boolean storable) {
    return new ImportActorsUseCase.Entries() {
      @Override
      public Iterator<Entry> iterator() {
        return entries.iterator();
      }

      @Override
      public boolean storable() {
        return storable;
      }
    };
  }

  @Test
  void givenStreamedEntriesThatForbidStoringAtTheirEnd_whenImporting_thenOutcomesReportedAndNothingStored() {
    Result result = world.use.importActors().importActors(new ImportActorsUseCase.Command(
        streamed(List.of(entry("Alfa"), entry("Beta")), false), Mode.SKIP_REFUSED, false));

    assertThat(result.outcomes()).hasSize(2).allMatch(Registered.class::isInstance);
    assertThat(result.stored()).isFalse();
    assertThat(world.ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenNoStreamedEntries_whenImporting_thenNoOutcomesAndNothingStored() {
    Result result = world.use.importActors().importActors(
        new ImportActorsUseCase.Command(streamed(List.of(), true), Mode.ALL_OR_NOTHING, false));

    assertThat(result.outcomes()).isEmpty();
    assertThat(result.stored()).isFalse();
  }

  @Test
  void givenMoreEntriesThanOneLookUpTakes_whenImporting_thenLaterEntriesStillMatchStoredActorsAndEarlierEntries() {
    ActorId koop = world.actor(ngo("Kooperationen").withCvr(CVR));
    List<Entry> entries = new ArrayList<>(IntStream.range(0, 2_500).mapToObj(i -> entry("Aktør " + i)).toList());
    entries.add(entry(" kooperationen "));
    entries.add(entry("AKTØR 7"));

    Result result = importEntries(Mode.SKIP_REFUSED, false, entries.toArray(Entry[]::new));

    assertThat(result.registered()).isEqualTo(2_500);
    assertThat(result.outcomes().get(2_500)).isEqualTo(new Matched(koop, 0));
    assertThat(refusalCode(result, 2_501)).isEqualTo("actor.name.duplicate");
    assertThat(world.ports.actors().findAll()).hasSize(2_501);
  }
}
