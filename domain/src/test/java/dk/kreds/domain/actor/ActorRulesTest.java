package dk.kreds.domain.actor;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.actor.ActorKind.HOUSING_ASSOCIATION;
import static dk.kreds.domain.actor.ActorKind.INTEREST_ORGANISATION;
import static dk.kreds.domain.shared.Rule.ACTOR_ACTIVITY_COUNT;
import static dk.kreds.domain.shared.Rule.ACTOR_ACTIVITY_LENGTH;
import static dk.kreds.domain.shared.Rule.ACTOR_ARCHIVED;
import static dk.kreds.domain.shared.Rule.ACTOR_CVR_DUPLICATE;
import static dk.kreds.domain.shared.Rule.ACTOR_DESCRIPTION_LENGTH;
import static dk.kreds.domain.shared.Rule.ACTOR_NAME_DUPLICATE;
import static dk.kreds.domain.shared.Rule.ACTOR_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.ACTOR_PARENT_SELF;
import static dk.kreds.domain.shared.Rule.ACTOR_REGION_LENGTH;
import static dk.kreds.domain.shared.Rule.ACTOR_SHORT_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.CONTACT_COUNT;
import static dk.kreds.domain.shared.Rule.CONTACT_DUPLICATE;
import static dk.kreds.domain.shared.Rule.CONTACT_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.CONTACT_ROLE_LENGTH;
import static dk.kreds.domain.shared.Rule.CVR_CHECKSUM;
import static dk.kreds.domain.shared.Rule.CVR_FORMAT;
import static dk.kreds.domain.shared.Rule.EMAIL_FORMAT;
import static dk.kreds.domain.shared.Rule.PHONE_DANISH;
import static dk.kreds.domain.shared.Rule.PHONE_FORMAT;
import static dk.kreds.domain.shared.Rule.WEBSITE_FORMAT;
import static dk.kreds.domain.testdata.Actors.VALID_CVR;
import static dk.kreds.domain.testdata.Actors.actor;
import static dk.kreds.domain.testdata.Actors.contact;

import dk.kreds.domain.RuleCase;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules of actors, their profiles and contact persons, each broken once through the public API. */
public class ActorRulesTest {

  private static final ActorProfile KOOPERATIONEN = ActorProfile.of("Kooperationen", INTEREST_ORGANISATION);
  private static final ContactPerson ANNE = contact("Anne Worning", "aw@kooperationen.dk");

  public static List<RuleCase> cases() {
    return List.of(
        breaks(ACTOR_NAME_LENGTH, "givenBlankName_whenDescribingActor_thenRefused",
            () -> ActorProfile.of(" \t ", INTEREST_ORGANISATION)),
        breaks(ACTOR_NAME_LENGTH, "givenNameOf201Characters_whenDescribingActor_thenRefused",
            () -> ActorProfile.of("æ".repeat(201), INTEREST_ORGANISATION)),
        breaks(ACTOR_NAME_DUPLICATE, "givenOtherActorWithSameNameInOtherCase_whenCheckingDistinct_thenRefused",
            () -> actor(" KOOPERATIONEN ", HOUSING_ASSOCIATION).requireDistinctFrom(actor(KOOPERATIONEN))),
        breaks(ACTOR_SHORT_NAME_LENGTH, "givenShortNameOf41Characters_whenDescribingActor_thenRefused",
            () -> KOOPERATIONEN.withShortName("K".repeat(41))),
        breaks(ACTOR_REGION_LENGTH, "givenRegionOf101Characters_whenDescribingActor_thenRefused",
            () -> KOOPERATIONEN.withRegion("ø".repeat(101))),
        breaks(ACTOR_DESCRIPTION_LENGTH, "givenDescriptionOf4001Characters_whenDescribingActor_thenRefused",
            () -> KOOPERATIONEN.withDescription("å".repeat(4_001))),
        breaks(ACTOR_ACTIVITY_LENGTH, "givenBlankActivity_whenDescribingActor_thenRefused",
            () -> KOOPERATIONEN.withActivities(List.of("rådgivning", " "))),
        breaks(ACTOR_ACTIVITY_COUNT, "given51DistinctActivities_whenDescribingActor_thenRefused",
            () -> KOOPERATIONEN.withActivities(IntStream.rangeClosed(1, 51).mapToObj(i -> "aktivitet " + i).toList())),
        breaks(ACTOR_PARENT_SELF, "givenActorAsItsOwnParent_whenChangingProfile_thenRefused", () -> {
          Actor actor = actor(KOOPERATIONEN);
          actor.changeProfile(KOOPERATIONEN.withParent(actor.id()));
        }),
        breaks(ACTOR_ARCHIVED, "givenArchivedActor_whenRequiringItActive_thenRefused", () -> {
          Actor actor = actor(KOOPERATIONEN);
          actor.archive();
          actor.requireActive();
        }),
        breaks(ACTOR_CVR_DUPLICATE, "givenOtherActorWithSameCvr_whenCheckingDistinct_thenRefused",
            () -> actor(KOOPERATIONEN.withCvr(new Cvr(VALID_CVR))).requireDistinctFrom(
                actor(ActorProfile.of("BL – Danmarks Almene Boliger", HOUSING_ASSOCIATION).withCvr(new Cvr(VALID_CVR))))),
        breaks(CVR_FORMAT, "givenSevenDigits_whenParsingCvr_thenRefused", () -> Cvr.parse("DK 25 31 37 6")),
        breaks(CVR_FORMAT, "givenLeadingZero_whenCreatingCvr_thenRefused", () -> new Cvr("05313763")),
        breaks(CVR_CHECKSUM, "givenWrongCheckDigit_whenCreatingCvr_thenRefused", () -> new Cvr("25313764")),
        breaks(WEBSITE_FORMAT, "givenFtpAddress_whenParsingWebsite_thenRefused", () -> Website.parse("ftp://kooperationen.dk")),
        breaks(WEBSITE_FORMAT, "givenAddressWithSpace_whenParsingWebsite_thenRefused", () -> Website.parse("kooperation en.dk")),
        breaks(WEBSITE_FORMAT, "givenMailtoAddress_whenParsingWebsite_thenRefused", () -> Website.parse("mailto:aw@kooperationen.dk")),
        breaks(CONTACT_NAME_LENGTH, "givenBlankName_whenDescribingContact_thenRefused", () -> contact(" ", "aw@kooperationen.dk")),
        breaks(CONTACT_ROLE_LENGTH, "givenRoleOf201Characters_whenDescribingContact_thenRefused",
            () -> new ContactPerson(ANNE.id(), ANNE.name(), Optional.of("r".repeat(201)), ANNE.email(), ANNE.phone(), ANNE.basis())),
        breaks(CONTACT_DUPLICATE, "givenContactAddedAlready_whenAddingItAgain_thenRefused", () -> {
          Actor actor = actor(KOOPERATIONEN);
          actor.addContact(ANNE);
          actor.addContact(ANNE);
        }),
        breaks(CONTACT_COUNT, "given100Contacts_whenAddingOneMore_thenRefused", () -> {
          Actor actor = actor(KOOPERATIONEN);
          IntStream.rangeClosed(1, 101).forEach(i -> actor.addContact(contact("Kontakt " + i, "kontakt" + i + "@kooperationen.dk")));
        }),
        breaks(EMAIL_FORMAT, "givenDomainWithoutDot_whenCreatingEmail_thenRefused", () -> new Email("per@timebank")),
        breaks(EMAIL_FORMAT, "givenSpaceInLocalPart_whenCreatingEmail_thenRefused", () -> new Email("per bach@timebank.dk")),
        breaks(PHONE_FORMAT, "givenSevenDigits_whenParsingPhone_thenRefused", () -> Phone.parse("33 12 34 5")),
        breaks(PHONE_FORMAT, "givenNoPlus_whenCreatingPhone_thenRefused", () -> new Phone("4533123456")),
        breaks(PHONE_DANISH, "givenNineDigitsAfterPlus45_whenCreatingPhone_thenRefused", () -> new Phone("+45331234567")));
  }

  @TestFactory
  Stream<DynamicTest> everyActorRuleIsEnforced() {
    return RuleCase.tests(cases());
  }
}
