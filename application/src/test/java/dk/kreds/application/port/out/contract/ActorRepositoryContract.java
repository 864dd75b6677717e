package dk.kreds.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ActorRepository} does, whatever stores it. */
public abstract class ActorRepositoryContract extends PortsContract {

  private static final Cvr CVR = new Cvr("25313763");

  private ActorRepository actors() {
    return ports.actors();
  }

  @Test
  void givenNewActorWithEveryPart_whenSavedAndFound_thenSameStateAtVersionOne() {
    Actor parent = data.savedActor("Teknologisk Institut", ActorKind.RESEARCH);
    Actor actor = data.newActor(ActorProfile.of("Det kommunale netværk for social innovation", ActorKind.NETWORK)
        .withShortName("KL-netværket")
        .withCvr(CVR)
        .withWebsite(Website.parse("netvaerk.example.dk/om"))
        .withRegion("Taastrup")
        .withDescription("Et netværk af kommuner.\nAnden linje.")
        .withActivities(List.of("netværk", "social innovation"))
        .withParent(parent.id())
        .withRsv(true));
    actor.addContact(new ContactPerson(
        actors().nextContactId(), "Anne Worning", Optional.of("Koordinator"), Optional.of(new Email("aw@kooperationen.dk")),
        Optional.of(Phone.parse("33 12 34 56")), new LawfulBasis(LawfulBasis.Ground.CONSENT, ContractData.daysBefore(30))));
    actor.addContact(data.contact("Per Bach", "per@timebank.dk"));

    actors().save(actor);

    assertThat(actors().find(actor.id())).get().extracting(Actor::state).isEqualTo(atVersion(actor.state(), 1));
  }

  @Test
  void givenStoredActor_whenChangedAndSavedAgain_thenVersionRisesByOne() {
    Actor stored = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    stored.archive();

    actors().save(stored);

    assertThat(actors().get(stored.id()).state()).isEqualTo(atVersion(stored.state(), 2));
  }

  @Test
  void givenUnknownId_whenFinding_thenEmpty() {
    data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);

    assertThat(actors().find(actors().nextId())).isEmpty();
  }

  @Test
  void givenUnknownId_whenGetting_thenActorNotFound() {
    ActorId unknown = actors().nextId();

    ContractData.assertNotFound("actor.not-found", unknown, () -> actors().get(unknown));
  }

  @Test
  void givenUnknownContact_whenGettingItByRef_thenContactNotFound() {
    Actor actor = data.savedActor("Kooperationen", data.contact("Anne Worning", "aw@kooperationen.dk"));
    ContactRef unknown = new ContactRef(actor.id(), actors().nextContactId());

    ContractData.assertNotFound("contact.not-found", unknown.contact(), () -> actors().get(unknown));
  }

  @Test
  void givenStoredContact_whenGettingItByRef_thenFound() {
    ContactPerson anne = data.contact("Anne Worning", "aw@kooperationen.dk");
    Actor actor = data.savedActor("Kooperationen", anne);

    assertThat(actors().get(new ContactRef(actor.id(), anne.id()))).isEqualTo(anne);
  }

  @Test
  void givenActiveAndArchivedActors_whenFindingAll_thenBothAreListed() {
    Actor active = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor archived = data.savedActor("CABI", ActorKind.PUBLIC_BODY);
    archived.archive();
    actors().save(archived);

    assertThat(actors().findAll()).extracting(Actor::id).containsExactlyInAnyOrder(active.id(), archived.id());
  }

  @Test
  void givenActiveAndArchivedActors_whenSummarising_thenOnlyActiveOnesInDanishOrderWithTheirProfileFacts() {
    Actor aalborg = data.saved(data.newActor(ActorProfile.of("Aalborg Netværk", ActorKind.NETWORK).withRegion("Nordjylland")
        .withActivities(List.of("rådgivning", "Netværk")).withRsv(true)));
    Actor aero = data.saved(data.newActor(ActorProfile.of("Ærø Fond", ActorKind.FUND)));
    Actor zeta = data.saved(data.newActor(ActorProfile.of("Zeta\nForening", ActorKind.NGO).withActivities(List.of("Æbler"))));
    Actor archived = data.savedActor("Arkiveret", ActorKind.NGO);
    archived.archive();
    actors().save(archived);

    assertThat(actors().activeSummaries()).containsExactly(ActorSummary.of(zeta), ActorSummary.of(aero), ActorSummary.of(aalborg));
  }

  @Test
  void givenActiveAndArchivedActors_whenListing_thenWhatAListShowsInDanishOrderArchivedOnesOnlyWhenAsked() {
    Actor aalborg = data.saved(data.newActor(ActorProfile.of("Aalborg Netværk", ActorKind.NETWORK).withShortName("AN")
        .withRegion("Nordjylland").withCvr(CVR).withRsv(true)));
    Actor aero = data.saved(data.newActor(ActorProfile.of("Ærø Fond", ActorKind.FUND)));
    Actor zeta = data.saved(data.newActor(ActorProfile.of("Zeta", ActorKind.NGO)));
    Actor archived = data.savedActor("Arkiveret", ActorKind.NGO);
    archived.archive();
    actors().save(archived);
    Actor stored = actors().get(archived.id());

    assertThat(actors().listings(false))
        .containsExactly(ActorListing.of(zeta), ActorListing.of(aero), ActorListing.of(aalborg));
    assertThat(actors().listings(true))
        .containsExactly(ActorListing.of(stored), ActorListing.of(zeta), ActorListing.of(aero), ActorListing.of(aalborg));
    assertThat(actors().listings(true).get(3))
        .isEqualTo(new ActorListing(aalborg.id(), "Aalborg Netværk", Optional.of("AN"), ActorKind.NETWORK,
            Optional.of("Nordjylland"), Optional.of(CVR), true, false));
  }

  @Test
  void givenEmptyStore_whenFindingAll_thenEmpty() {
    assertThat(actors().findAll()).isEmpty();
  }

  @Test
  void givenSomeIds_whenFindingAllById_thenOnlyTheStoredOnesOfThoseAreReturned() {
    Actor first = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor second = data.savedActor("CABI", ActorKind.PUBLIC_BODY);
    data.savedActor("KBH+", ActorKind.NETWORK);

    assertThat(actors().findAllById(List.of(first.id(), actors().nextId(), second.id())))
        .extracting(Actor::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void givenNoIds_whenFindingAllById_thenEmpty() {
    data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);

    assertThat(actors().findAllById(List.of())).isEmpty();
  }

  @Test
  void givenActorNamedAeble_whenFindingByKeyOfOtherSpelling_thenFound() {
    Actor aeble = data.savedActor("Æble  A/S", ActorKind.ENTERPRISE);
    data.savedActor("Pære A/S", ActorKind.ENTERPRISE);

    assertThat(actors().findByNameKeyOrCvr(ActorProfile.of(" æble a/s", ActorKind.OTHER).nameKey(), Optional.empty()))
        .extracting(Actor::id)
        .containsExactly(aeble.id());
  }

  @Test
  void givenActorWithCvr_whenFindingByThatCvrAndAnotherName_thenFound() {
    Actor withCvr = data.saved(data.newActor(ActorProfile.of("Kooperationen", ActorKind.INTEREST_ORGANISATION).withCvr(CVR)));
    data.savedActor("CABI", ActorKind.PUBLIC_BODY);

    assertThat(actors().findByNameKeyOrCvr("et andet navn", Optional.of(CVR))).extracting(Actor::id).containsExactly(withCvr.id());
  }

  @Test
  void givenOneActorByNameAndAnotherByCvr_whenFinding_thenBoth() {
    Actor byName = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor byCvr = data.saved(data.newActor(ActorProfile.of("CABI", ActorKind.PUBLIC_BODY).withCvr(CVR)));

    assertThat(actors().findByNameKeyOrCvr("kooperationen", Optional.of(CVR)))
        .extracting(Actor::id)
        .containsExactlyInAnyOrder(byName.id(), byCvr.id());
  }

  @Test
  void givenStoredActors_whenAskingTheNamesOfSomeIdsAndAnUnknownOne_thenTheStoredOnesNamesOnly() {
    Actor aero = data.savedActor("Ærø Fond", ActorKind.FUND);
    Actor cabi = data.savedActor("CABI", ActorKind.PUBLIC_BODY);
    data.savedActor("KBH+", ActorKind.NETWORK);

    assertThat(actors().namesOf(List.of(aero.id(), cabi.id(), actors().nextId(), aero.id())))
        .isEqualTo(Map.of(aero.id(), "Ærø Fond", cabi.id(), "CABI"));
  }

  @Test
  void givenActorsWithoutCvr_whenFindingByOtherNameAndNoCvr_thenEmpty() {
    data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    data.saved(data.newActor(ActorProfile.of("CABI", ActorKind.PUBLIC_BODY).withCvr(CVR)));

    assertThat(actors().findByNameKeyOrCvr("kbh+", Optional.empty())).isEmpty();
  }

  @Test
  void givenActorsFoundByNameKeyOrByCvr_whenFindingABatch_thenEachMatchOnceAndNoOther() {
    Actor byName = data.savedActor("Æble  A/S", ActorKind.ENTERPRISE);
    Actor byCvr = data.saved(data.newActor(ActorProfile.of("CABI", ActorKind.PUBLIC_BODY).withCvr(CVR)));
    Actor byBoth = data.saved(data.newActor(ActorProfile.of("Kooperationen", ActorKind.NGO).withCvr(new Cvr("10000009"))));
    data.savedActor("Pære A/S", ActorKind.ENTERPRISE);

    assertThat(actors().findByNameKeysOrCvrs(List.of("æble a/s", "kooperationen", "kbh+"), List.of(CVR, new Cvr("10000009"))))
        .extracting(Actor::id)
        .containsExactlyInAnyOrder(byName.id(), byCvr.id(), byBoth.id());
    assertThat(actors().findByNameKeysOrCvrs(List.of(), List.of())).isEmpty();
  }

  @Test
  void givenMoreKeysThanOneQueryTakes_whenFindingABatch_thenTheLastStillFound() {
    Actor last = data.savedActor("Aktør 1199", ActorKind.NGO);
    List<String> keys = java.util.stream.IntStream.range(0, 1200).mapToObj(i -> "aktør " + i).toList();

    assertThat(actors().findByNameKeysOrCvrs(keys, List.of())).extracting(Actor::id).containsExactly(last.id());
  }

  @Test
  void givenNewAndLoadedActors_whenSavedAsOneBatch_thenEachStoredOneVersionUp() {
    Actor loaded = data.savedActor("Kooperationen", data.contact("Anne Worning", "aw@kooperationen.dk"));
    loaded.addContact(data.contact("Ole Olsen", "ole@kooperationen.dk"));
    Actor first = data.newActor(ActorProfile.of("Æblehaven", ActorKind.NGO).withCvr(CVR));
    first.addContact(data.contact("Åse Øster", "aase@aeblehaven.dk"));
    Actor second = data.newActor(ActorProfile.of("Netværket", ActorKind.NETWORK).withParent(first.id()));

    ports.unitOfWork().run(() -> actors().saveAll(List.of(first, loaded, second)));

    assertThat(actors().get(first.id()).state()).isEqualTo(atVersion(first.state(), 1));
    assertThat(actors().get(second.id()).profile().parent()).contains(first.id());
    assertThat(actors().get(loaded.id()).version()).isEqualTo(2);
    assertThat(actors().get(loaded.id()).contacts()).hasSize(2);
  }

  @Test
  void givenABatchWhoseLastNewActorHasATakenId_whenSavedInAUnitOfWork_thenStaleAndNoneOfTheBatchKept() {
    Actor stored = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor fresh = data.newActor(ActorProfile.of("Æblehaven", ActorKind.NGO));
    Actor clash = Actor.register(stored.id(), ActorProfile.of("CABI", ActorKind.PUBLIC_BODY));

    ContractData.assertStale("actor", stored.id(), () -> ports.unitOfWork().run(() -> actors().saveAll(List.of(fresh, clash))),
        () -> actors().findAll().stream().map(Actor::name).toList(), List.of("Kooperationen"));
  }

  @Test
  void givenTwoCopiesOfOneVersion_whenBothAreSaved_thenTheSecondIsStaleAndNotApplied() {
    Actor stored = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor first = actors().get(stored.id());
    Actor second = actors().get(stored.id());
    first.changeProfile(first.profile().withRegion("København"));
    actors().save(first);
    Actor.State afterFirst = actors().get(stored.id()).state();
    second.archive();

    ContractData.assertStale("actor", stored.id(), () -> actors().save(second), () -> actors().get(stored.id()).state(), afterFirst);
    assertThat(afterFirst.version()).isEqualTo(2);
  }

  @Test
  void givenStoredActor_whenSavingANewActorWithItsId_thenStaleAndNotApplied() {
    Actor stored = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor impostor = Actor.register(stored.id(), ActorProfile.of("Et helt andet navn", ActorKind.FUND));

    ContractData.assertStale("actor", stored.id(), () -> actors().save(impostor), () -> actors().get(stored.id()).state(), stored.state());
  }

  @Test
  void givenActorNeverStored_whenSavingItAtALaterVersion_thenStaleAndNothingStored() {
    Actor stored = data.savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
    Actor ghost = Actor.restore(new Actor.State(actors().nextId(), 3, stored.profile(), false, List.of()));

    ContractData.assertStale("actor", ghost.id(), () -> actors().save(ghost), () -> actors().find(ghost.id()), Optional.empty());
  }

  @Test
  void givenDanishAndDecomposedText_whenSavedAndFound_thenExactlyTheNormalisedText() {
    String decomposed = "A\u030Arhus Ærø Økologiske Forening – ☕ 😀";
    String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
    Actor actor = data.newActor(ActorProfile.of(decomposed, ActorKind.NGO)
        .withRegion("Ærøskøbing")
        .withDescription("«Citat» med æ, ø, å og Æ, Ø, Å")
        .withActivities(List.of("bæredygtighed", "fællesskab")));
    actor.addContact(data.contact("Søren Ægidius Ørsted-Ålund", "søren@æblehaven.dk"));

    actors().save(actor);

    Actor found = actors().get(actor.id());
    assertThat(found.name()).isEqualTo(composed).startsWith("Århus").isNotEqualTo(decomposed);
    assertThat(found.state()).isEqualTo(atVersion(actor.state(), 1));
    assertThat(found.contacts().get(0).email()).contains(new Email("søren@æblehaven.dk"));
  }

  @Test
  void givenInstantWithNanoseconds_whenSaved_thenItRoundTripsExactly() {
    Instant precise = Instant.parse("2014-10-01T09:15:30.123456789Z");
    Actor actor = data.newActor(ActorProfile.of("Kooperationen", ActorKind.INTEREST_ORGANISATION));
    actor.addContact(new ContactPerson(actors().nextContactId(), "Anne Worning", Optional.empty(), Optional.empty(),
        Optional.empty(), new LawfulBasis(LawfulBasis.Ground.CONSENT, precise)));

    actors().save(actor);

    assertThat(actors().get(actor.id()).contacts().get(0).basis().since()).isEqualTo(precise);
  }

  private static Actor.State atVersion(Actor.State s, long version) {
    return new Actor.State(s.id(), version, s.profile(), s.archived(), s.contacts());
  }
}
