package dk.kreds.domain.actor;

import static dk.kreds.domain.actor.ActorKind.EDUCATION;
import static dk.kreds.domain.actor.ActorKind.INTEREST_ORGANISATION;
import static dk.kreds.domain.actor.ActorKind.NETWORK;
import static dk.kreds.domain.testdata.Actors.VALID_CVR;
import static dk.kreds.domain.testdata.Actors.actor;
import static dk.kreds.domain.testdata.Actors.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.testdata.Actors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorTest {

  private static final ContactPerson ANNE = contact("Anne Worning", "aw@kooperationen.dk");
  private static final ContactPerson PER = contact("Per Bach", "per@timebank.dk");

  @Test
  void givenActorWithEveryPart_whenRestoringItsState_thenSameState() {
    Actor actor = actor(ActorProfile.of("Netværk for socialøkonomiske virksomheder i Vejle", NETWORK)
        .withShortName("SØV")
        .withCvr(new Cvr(VALID_CVR))
        .withWebsite(Website.parse("vejle.dk"))
        .withRegion("Vejle")
        .withDescription("Et netværk af virksomheder.")
        .withActivities(List.of("netværk", "rådgivning"))
        .withParent(Actors.id("Vejle Kommune"))
        .withRsv(true));
    actor.addContact(ANNE);
    actor.addContact(PER);
    actor.archive();

    Actor restored = Actor.restore(actor.state());

    assertThat(restored.state()).isEqualTo(actor.state());
    assertThat(restored.archived()).isTrue();
    assertThat(restored.contacts()).containsExactly(ANNE, PER);
  }

  @Test
  void givenSameActorOrUnrelatedActorWithoutCvr_whenCheckingDistinct_thenAccepted() {
    Actor kooperationen = actor("Kooperationen", INTEREST_ORGANISATION);
    Actor via = actor("VIA – Bachelor i Sociale entreprenørskab", EDUCATION);

    assertThatCode(() -> {
      kooperationen.requireDistinctFrom(Actor.restore(kooperationen.state()));
      kooperationen.requireDistinctFrom(via);
    }).doesNotThrowAnyException();
  }

  @Test
  void givenContact_whenUpdatingIt_thenKeptUnderItsIdWithNewDetails() {
    Actor actor = actor("Kooperationen", INTEREST_ORGANISATION);
    actor.addContact(ANNE);
    ContactPerson moved = new ContactPerson(
        ANNE.id(), ANNE.name(), Optional.of("sekretariatschef"), ANNE.email(), Optional.of(Phone.parse("33 12 34 56")), ANNE.basis());

    actor.updateContact(moved);

    assertThat(actor.contact(ANNE.id())).isEqualTo(moved);
    assertThat(actor.contacts()).hasSize(1);
  }

  @Test
  void givenErasedContact_whenReadingIt_thenNotFound() {
    Actor actor = actor("Kooperationen", INTEREST_ORGANISATION);
    actor.addContact(ANNE);

    actor.eraseContact(ANNE.id());

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> actor.contact(ANNE.id()));
    assertThat(e.code()).isEqualTo("contact.not-found");
    assertThat(e.field()).isEqualTo("contact");
    assertThat(e.value()).isEqualTo(ANNE.id().toString());
    assertThat(actor.contacts()).isEmpty();
  }

  @Test
  void givenUnknownContact_whenUpdatingIt_thenNotFound() {
    Actor actor = actor("Kooperationen", INTEREST_ORGANISATION);

    assertThatThrownBy(() -> actor.updateContact(ANNE)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void givenActor_whenChangingTheListItGaveOut_thenActorUnchanged() {
    Actor actor = actor("Kooperationen", INTEREST_ORGANISATION);
    actor.addContact(ANNE);

    assertThatThrownBy(() -> actor.contacts().add(PER)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(actor.contacts()).containsExactly(ANNE);
  }

  @Test
  void givenActivitiesDifferingInCaseAndSpacing_whenDescribingActor_thenEachKeptOnceAsFirstTyped() {
    ActorProfile profile = ActorProfile.of("Kooperationen", INTEREST_ORGANISATION)
        .withActivities(List.of("Rådgivning", " rådgivning ", "RÅDGIVNING", "Udlejning"));

    assertThat(profile.activities()).containsExactly("Rådgivning", "Udlejning");
  }

  @Test
  void givenActivityWithLineBreak_whenProfiled_thenKeptOnOneLine() {
    ActorProfile profile = ActorProfile.of("Kooperationen", ActorKind.NGO).withActivities(List.of("social-\nøkonomi\ti  byen"));

    assertThat(profile.activities()).containsExactly("social- økonomi i byen");
  }

  @Test
  void givenRegionWithLineBreak_whenProfiled_thenKeptOnOneLine() {
    ActorProfile profile = ActorProfile.of("Kooperationen", ActorKind.NGO).withRegion(" Region\r\nSjælland ");

    assertThat(profile.region()).contains("Region Sjælland");
  }

  @Test
  void givenBlankOptionalParts_whenDescribingActor_thenTheyAreEmpty() {
    ActorProfile profile = ActorProfile.of("  Kooperationen ", INTEREST_ORGANISATION)
        .withShortName(" ")
        .withRegion("")
        .withDescription(null);

    assertThat(profile.name()).isEqualTo("Kooperationen");
    assertThat(profile.shortName()).isEmpty();
    assertThat(profile.region()).isEmpty();
    assertThat(profile.description()).isEmpty();
  }
}
