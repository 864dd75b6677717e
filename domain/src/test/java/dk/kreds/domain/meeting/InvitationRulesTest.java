package dk.kreds.domain.meeting;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.ATTENDANCE_BEFORE_START;
import static dk.kreds.domain.shared.Rule.ATTENDANCE_VALUE;
import static dk.kreds.domain.shared.Rule.CHALLENGE_TEXT_LENGTH;
import static dk.kreds.domain.shared.Rule.CONTRIBUTION_EMPTY;
import static dk.kreds.domain.shared.Rule.CONTRIBUTION_ORAL_ABSENT;
import static dk.kreds.domain.shared.Rule.CONTRIBUTION_TEXT_LENGTH;
import static dk.kreds.domain.shared.Rule.INVITATION_AFTER_START;
import static dk.kreds.domain.shared.Rule.INVITATION_DUPLICATE;
import static dk.kreds.domain.shared.Rule.INVITATION_MISSING;
import static dk.kreds.domain.shared.Rule.RESPONSE_AFTER_START;
import static dk.kreds.domain.testdata.Instants.atStart;
import static dk.kreds.domain.testdata.Instants.daysBefore;
import static dk.kreds.domain.testdata.Instants.minutesAfterStart;
import static dk.kreds.domain.testdata.Meetings.held;
import static dk.kreds.domain.testdata.Meetings.invited;
import static dk.kreds.domain.testdata.Meetings.oralContribution;
import static dk.kreds.domain.testdata.Meetings.writtenContribution;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.testdata.Actors;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules of inviting, answering, coming and contributing. */
public class InvitationRulesTest {

  private static final ActorId KBH_PLUS = Actors.id("KBH+");
  private static final ActorId NORDJYLLAND = Actors.id("Socialøkonomi Nordjylland");

  public static List<RuleCase> cases() {
    return List.of(
        breaks(INVITATION_DUPLICATE, "givenInvitedActor_whenInvitingAgain_thenRefused",
            () -> invited(List.of(KBH_PLUS)).invite(KBH_PLUS, List.of(), daysBefore(7))),
        breaks(INVITATION_AFTER_START, "givenStartedMeeting_whenInviting_thenRefused",
            () -> invited(List.of(KBH_PLUS)).invite(NORDJYLLAND, List.of(), atStart())),
        breaks(INVITATION_MISSING, "givenActorNotInvited_whenAnswering_thenRefused",
            () -> invited(List.of(KBH_PLUS)).accept(NORDJYLLAND, daysBefore(1))),
        breaks(INVITATION_MISSING, "givenActorNotInvited_whenRecordingAttendance_thenRefused",
            () -> invited(List.of(KBH_PLUS)).recordAttendance(NORDJYLLAND, Attendance.PRESENT, minutesAfterStart(5))),
        breaks(INVITATION_MISSING, "givenActorNotInvited_whenSendingWrittenContribution_thenRefused",
            () -> invited(List.of(KBH_PLUS)).contribute(writtenContribution(NORDJYLLAND))),
        breaks(RESPONSE_AFTER_START, "givenDeclinedInvitation_whenRespondingAfterStart_thenRefused", () -> {
          Meeting meeting = invited(List.of(KBH_PLUS));
          meeting.decline(KBH_PLUS, daysBefore(2));
          meeting.accept(KBH_PLUS, minutesAfterStart(1));
        }),
        breaks(ATTENDANCE_BEFORE_START, "givenMeetingNotStarted_whenRecordingAttendance_thenRefused",
            () -> invited(List.of(KBH_PLUS)).recordAttendance(KBH_PLUS, Attendance.PRESENT, atStart().minusSeconds(1))),
        breaks(ATTENDANCE_VALUE, "givenUnrecorded_whenRecordingAttendance_thenRefused",
            () -> invited(List.of(KBH_PLUS)).recordAttendance(KBH_PLUS, Attendance.UNRECORDED, minutesAfterStart(5))),
        breaks(CONTRIBUTION_TEXT_LENGTH, "givenSelfPresentationOf20001Characters_whenContributing_thenRefused",
            () -> new Contribution(KBH_PLUS, ContributionForm.WRITTEN, "æ".repeat(20_001), List.of(), List.of(), daysBefore(1))),
        breaks(CONTRIBUTION_EMPTY, "givenNoPresentationAndNoChallenge_whenContributing_thenRefused",
            () -> new Contribution(KBH_PLUS, ContributionForm.WRITTEN, " ", List.of(), List.of(), daysBefore(1))),
        breaks(CONTRIBUTION_ORAL_ABSENT, "givenAbsentActor_whenContributingOrally_thenRefused",
            () -> held(List.of(NORDJYLLAND), List.of(KBH_PLUS)).contribute(oralContribution(KBH_PLUS))),
        breaks(CHALLENGE_TEXT_LENGTH, "givenBlankChallenge_whenContributing_thenRefused",
            () -> new Contribution(KBH_PLUS, ContributionForm.WRITTEN, "Om os", List.of(" "), List.of(), daysBefore(1))),
        breaks(CHALLENGE_TEXT_LENGTH, "givenChallengeOf2001Characters_whenRaising_thenRefused",
            () -> new Challenge("ø".repeat(2_001), new ChallengeSource.InPlenary())));
  }

  @TestFactory
  Stream<DynamicTest> everyInvitationRuleIsEnforced() {
    return RuleCase.tests(cases());
  }
}
