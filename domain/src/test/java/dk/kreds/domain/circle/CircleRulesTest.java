package dk.kreds.domain.circle;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.CADENCE_MONTHS;
import static dk.kreds.domain.shared.Rule.CHANNEL_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.CIRCLE_CONVENERS_EMPTY;
import static dk.kreds.domain.shared.Rule.CIRCLE_CONVENER_DUPLICATE;
import static dk.kreds.domain.shared.Rule.CIRCLE_MEMBER_DUPLICATE;
import static dk.kreds.domain.shared.Rule.CIRCLE_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.FOLLOW_UP_NO_CADENCE;
import static dk.kreds.domain.shared.Rule.THEME_BODY_LENGTH;
import static dk.kreds.domain.shared.Rule.THEME_CHANNEL_MISSING;
import static dk.kreds.domain.shared.Rule.THEME_TITLE_LENGTH;
import static dk.kreds.domain.shared.Rule.WORKING_GROUP_DUPLICATE;
import static dk.kreds.domain.shared.Rule.WORKING_GROUP_NOT_MEMBER;
import static dk.kreds.domain.testdata.Actors.KOOPERATIONEN;
import static dk.kreds.domain.testdata.Actors.SOCIALE_ENTREPRENOERER;
import static dk.kreds.domain.testdata.Circles.CIRCLE;
import static dk.kreds.domain.testdata.Circles.circle;
import static dk.kreds.domain.testdata.Instants.MEETING_DAY;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.testdata.Actors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules of circles, their working groups, channels and themes, each broken once. */
public class CircleRulesTest {

  private static final ContactRef ANNE = new ContactRef(KOOPERATIONEN, Actors.contactId("Anne Worning"));

  public static List<RuleCase> cases() {
    return List.of(
        breaks(CIRCLE_NAME_LENGTH, "givenBlankName_whenCreatingCircle_thenRefused",
            () -> Circle.create(CIRCLE, "", List.of(KOOPERATIONEN), MEETING_DAY)),
        breaks(CIRCLE_CONVENERS_EMPTY, "givenNoConvener_whenCreatingCircle_thenRefused",
            () -> Circle.create(CIRCLE, "Socialøkonomisk Netværk", List.of(), MEETING_DAY)),
        breaks(CIRCLE_CONVENER_DUPLICATE, "givenConvenerNamedTwice_whenCreatingCircle_thenRefused",
            () -> Circle.create(CIRCLE, "Socialøkonomisk Netværk", List.of(KOOPERATIONEN, KOOPERATIONEN), MEETING_DAY)),
        breaks(CIRCLE_MEMBER_DUPLICATE, "givenConvener_whenAddingItAsMember_thenRefused",
            () -> circle().addMember(SOCIALE_ENTREPRENOERER, MEETING_DAY.plusMonths(6))),
        breaks(CADENCE_MONTHS, "givenNoMonths_whenSettingCadence_thenRefused", () -> new Cadence(0)),
        breaks(CADENCE_MONTHS, "given25Months_whenSettingCadence_thenRefused", () -> new Cadence(25)),
        breaks(FOLLOW_UP_NO_CADENCE, "givenCircleWithoutCadence_whenDatingNextMeeting_thenRefused",
            () -> circle().nextMeetingAfter(MEETING_DAY)),
        breaks(WORKING_GROUP_DUPLICATE, "givenPersonNamedTwice_whenNamingWorkingGroup_thenRefused",
            () -> circle().setWorkingGroup(List.of(ANNE, ANNE))),
        breaks(WORKING_GROUP_NOT_MEMBER, "givenPersonOfNonMember_whenNamingWorkingGroup_thenRefused",
            () -> circle().setWorkingGroup(List.of(new ContactRef(Actors.id("KBH+"), Actors.contactId("Nogen"))))),
        breaks(CHANNEL_NAME_LENGTH, "givenBlankName_whenNamingChannel_thenRefused",
            () -> new DiscussionChannel(" ", Optional.empty())),
        breaks(THEME_TITLE_LENGTH, "givenBlankTitle_whenWritingTheme_thenRefused",
            () -> new DiscussionTheme("", "Hvordan styrker vi feltet?", MEETING_DAY, ANNE)),
        breaks(THEME_BODY_LENGTH, "givenBodyOf20001Characters_whenWritingTheme_thenRefused",
            () -> new DiscussionTheme("Finansiering", "ø".repeat(20_001), MEETING_DAY, ANNE)),
        breaks(THEME_CHANNEL_MISSING, "givenCircleWithoutChannel_whenPostingTheme_thenRefused",
            () -> circle().postTheme(new DiscussionTheme("Finansiering", "", MEETING_DAY, ANNE))));
  }

  @TestFactory
  Stream<DynamicTest> everyCircleRuleIsEnforced() {
    return RuleCase.tests(cases());
  }
}
