package dk.kreds.domain.meeting;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.ACTION_DESCRIPTION_LENGTH;
import static dk.kreds.domain.shared.Rule.ACTION_DONE;
import static dk.kreds.domain.shared.Rule.ACTION_DONE_BEFORE_MEETING;
import static dk.kreds.domain.shared.Rule.ACTION_DUE_BEFORE_MEETING;
import static dk.kreds.domain.shared.Rule.ACTION_DUPLICATE;
import static dk.kreds.domain.shared.Rule.DECISION_TEXT_LENGTH;
import static dk.kreds.domain.shared.Rule.FOLLOW_UP_DUPLICATE;
import static dk.kreds.domain.shared.Rule.FOLLOW_UP_NOT_AFTER;
import static dk.kreds.domain.shared.Rule.MEETING_STATUS_STEP;
import static dk.kreds.domain.shared.Rule.WRITE_UP_PUBLISHED;
import static dk.kreds.domain.shared.Rule.WRITE_UP_PUBLISH_BEFORE_MEETING;
import static dk.kreds.domain.testdata.Instants.MEETING_DAY;
import static dk.kreds.domain.testdata.Instants.WRITE_UP_DUE;
import static dk.kreds.domain.testdata.Instants.daysAfterMeeting;
import static dk.kreds.domain.testdata.Meetings.actionItem;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules of what a meeting decides and carries forward, and of its write-up. */
public class OutcomeRulesTest {

  private static final List<ActorId> PRESENT = Actors.ids(3);
  private static final ActionItem WRITE_UP = actionItem("Skriv sammenskrivningen", WRITE_UP_DUE);

  public static List<RuleCase> cases() {
    return List.of(
        breaks(DECISION_TEXT_LENGTH, "givenBlankDecision_whenDeciding_thenRefused", () -> new Decision(" ", DecisionKind.CONSENSUS)),
        breaks(ACTION_DESCRIPTION_LENGTH, "givenBlankDescription_whenAddingActionItem_thenRefused",
            () -> actionItem("", WRITE_UP_DUE)),
        breaks(ACTION_DUE_BEFORE_MEETING, "givenActionDueTheDayBefore_whenAdding_thenRefused",
            () -> held().addActionItem(actionItem("Send invitationer", daysAfterMeeting(-1)))),
        breaks(ACTION_DUPLICATE, "givenActionItemAddedAlready_whenAddingItAgain_thenRefused", () -> {
          Meeting meeting = held();
          meeting.addActionItem(WRITE_UP);
          meeting.addActionItem(WRITE_UP);
        }),
        breaks(ACTION_DONE, "givenDoneActionItem_whenCompletingAgain_thenRefused", () -> {
          Meeting meeting = withActionItem();
          meeting.completeActionItem(WRITE_UP.id(), WRITE_UP_DUE);
          meeting.completeActionItem(WRITE_UP.id(), WRITE_UP_DUE.plusDays(1));
        }),
        breaks(ACTION_DONE_BEFORE_MEETING, "givenActionItem_whenCompletingBeforeTheMeeting_thenRefused",
            () -> withActionItem().completeActionItem(WRITE_UP.id(), daysAfterMeeting(-1))),
        breaks(FOLLOW_UP_NOT_AFTER, "givenFollowUpOnTheMeetingsDay_whenScheduling_thenRefused",
            () -> held().scheduleFollowUp(followUp(MEETING_DAY))),
        breaks(FOLLOW_UP_DUPLICATE, "givenScheduledFollowUp_whenSchedulingAnother_thenRefused", () -> {
          Meeting meeting = held();
          meeting.scheduleFollowUp(followUp(MEETING_DAY.plusMonths(6)));
          meeting.scheduleFollowUp(followUp(MEETING_DAY.plusMonths(7)));
        }),
        breaks(MEETING_STATUS_STEP, "givenPlannedMeeting_whenPublishing_thenRefused", () -> Meetings.planned().publish(WRITE_UP_DUE)),
        breaks(MEETING_STATUS_STEP, "givenHeldMeetingNotWrittenUp_whenPublishing_thenRefused", () -> held().publish(WRITE_UP_DUE)),
        breaks(WRITE_UP_PUBLISHED, "givenPublishedWriteUp_whenDeciding_thenRefused",
            () -> Meetings.published(PRESENT, List.of()).decide(new Decision("Mødes hvert halve år", DecisionKind.CONSENSUS))),
        breaks(WRITE_UP_PUBLISH_BEFORE_MEETING, "givenWriteUp_whenPublishingTheDayBefore_thenRefused", () -> {
          Meeting meeting = held();
          meeting.writeUp();
          meeting.publish(daysAfterMeeting(-1));
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyOutcomeRuleIsEnforced() {
    return RuleCase.tests(cases());
  }

  private static Meeting held() {
    return Meetings.held(PRESENT, List.of());
  }

  private static Meeting withActionItem() {
    Meeting meeting = held();
    meeting.addActionItem(WRITE_UP);
    return meeting;
  }

  private static FollowUp followUp(LocalDate date) {
    return new FollowUp(Meetings.NEXT_MEETING, date, PRESENT, List.of());
  }
}
