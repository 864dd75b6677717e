package dk.kreds.domain.meeting;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.MEETING_CONVENERS_EMPTY;
import static dk.kreds.domain.shared.Rule.MEETING_CONVENER_DUPLICATE;
import static dk.kreds.domain.shared.Rule.MEETING_END_BEFORE_START;
import static dk.kreds.domain.shared.Rule.MEETING_PURPOSE_LENGTH;
import static dk.kreds.domain.shared.Rule.MEETING_TITLE_LENGTH;
import static dk.kreds.domain.shared.Rule.ROUND_GROUP_COUNT;
import static dk.kreds.domain.shared.Rule.ROUND_TITLE_LENGTH;
import static dk.kreds.domain.shared.Rule.ROUND_TOPIC_LENGTH;
import static dk.kreds.domain.shared.Rule.VENUE_CITY_LENGTH;
import static dk.kreds.domain.shared.Rule.VENUE_NAME_LENGTH;
import static dk.kreds.domain.shared.Rule.WRITE_UP_DUE_BEFORE_MEETING;
import static dk.kreds.domain.testdata.Actors.KOOPERATIONEN;
import static dk.kreds.domain.testdata.Instants.MEETING_START;
import static dk.kreds.domain.testdata.Instants.daysAfterMeeting;
import static dk.kreds.domain.testdata.Meetings.CONVENERS;
import static dk.kreds.domain.testdata.Meetings.TIME;
import static dk.kreds.domain.testdata.Meetings.VENUE;
import static dk.kreds.domain.testdata.Meetings.agenda;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules of planning a meeting: its title, time, venue, purpose, conveners, agenda and write-up day. */
public class MeetingPlanRulesTest {

  public static List<RuleCase> cases() {
    return List.of(
        breaks(MEETING_TITLE_LENGTH, "givenBlankTitle_whenPlanning_thenRefused", () -> plan(" ", CONVENERS, Optional.empty())),
        breaks(MEETING_END_BEFORE_START, "givenEndAtStart_whenTimingMeeting_thenRefused",
            () -> new MeetingTime(MEETING_START, MEETING_START)),
        breaks(MEETING_END_BEFORE_START, "givenEndBeforeStart_whenTimingMeeting_thenRefused",
            () -> new MeetingTime(MEETING_START, MEETING_START.minusHours(1))),
        breaks(MEETING_PURPOSE_LENGTH, "givenPurposeOf4001Characters_whenPlanning_thenRefused",
            () -> new MeetingPlan("Stormøde", TIME, VENUE, Optional.of("æ".repeat(4_001)), CONVENERS, agenda(3), Optional.empty())),
        breaks(MEETING_CONVENERS_EMPTY, "givenNoConvener_whenPlanning_thenRefused", () -> plan("Stormøde", List.of(), Optional.empty())),
        breaks(MEETING_CONVENER_DUPLICATE, "givenConvenerNamedTwice_whenPlanning_thenRefused",
            () -> plan("Stormøde", List.of(KOOPERATIONEN, KOOPERATIONEN), Optional.empty())),
        breaks(VENUE_NAME_LENGTH, "givenBlankVenue_whenPlanning_thenRefused", () -> Venue.of("", "København")),
        breaks(VENUE_CITY_LENGTH, "givenCityOf101Characters_whenPlanning_thenRefused", () -> Venue.of("Kooperationen", "ø".repeat(101))),
        breaks(ROUND_GROUP_COUNT, "givenDialogueInNoGroups_whenPlanningAgenda_thenRefused", () -> new Round.Dialogue(0, Optional.empty())),
        breaks(ROUND_GROUP_COUNT, "givenDialogueIn51Groups_whenPlanningAgenda_thenRefused", () -> new Round.Dialogue(51, Optional.empty())),
        breaks(ROUND_TOPIC_LENGTH, "givenTopicOf501Characters_whenPlanningAgenda_thenRefused",
            () -> new Round.Dialogue(3, Optional.of("å".repeat(501)))),
        breaks(ROUND_TITLE_LENGTH, "givenUntitledOtherRound_whenPlanningAgenda_thenRefused", () -> new Round.Other(" ")),
        breaks(WRITE_UP_DUE_BEFORE_MEETING, "givenWriteUpDueTheDayBefore_whenPlanning_thenRefused",
            () -> plan("Stormøde", CONVENERS, Optional.of(daysAfterMeeting(-1)))),
        breaks(WRITE_UP_DUE_BEFORE_MEETING, "givenPlannedMeeting_whenPromisingWriteUpTheDayBefore_thenRefused",
            () -> Meetings.planned().promiseWriteUpBy(daysAfterMeeting(-1))));
  }

  private static MeetingPlan plan(String title, List<ActorId> conveners, Optional<LocalDate> writeUpDue) {
    return new MeetingPlan(title, TIME, VENUE, Optional.empty(), conveners, agenda(3), writeUpDue);
  }

  @TestFactory
  Stream<DynamicTest> everyPlanningRuleIsEnforced() {
    return RuleCase.tests(cases());
  }
}
