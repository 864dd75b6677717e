package dk.kreds.domain.meeting;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.meeting.StoredMeeting.stored;
import static dk.kreds.domain.shared.Rule.GROUP_MEMBER_ABSENT;
import static dk.kreds.domain.shared.Rule.INVITATION_DUPLICATE;
import static dk.kreds.domain.shared.Rule.INVITATION_MISSING;
import static dk.kreds.domain.shared.Rule.WRITE_UP_REVISION;
import static dk.kreds.domain.testdata.Instants.WRITE_UP_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A meeting rebuilt from storage is the meeting that was stored, and a broken stored state is refused. */
public class MeetingRestoreTest {

  private static final Meeting.State COMPLETE = Meetings.complete().state();

  public static List<RuleCase> cases() {
    Invitation first = COMPLETE.invitations().get(0);
    Invitation absent = COMPLETE.invitations().stream().filter(i -> !i.present()).findFirst().orElseThrow();
    DialogueGroup firstGroup = COMPLETE.groups().get(0);
    List<DialogueGroup> groupsWithAbsentActor = new ArrayList<>(COMPLETE.groups());
    groupsWithAbsentActor.set(0, new DialogueGroup(
        firstGroup.round(), 1, List.of(firstGroup.members().get(0), absent.actor()), Optional.empty(), List.of()));
    return List.of(
        breaks(WRITE_UP_REVISION, "givenStoredNegativeRevision_whenRestoring_thenRefused",
            () -> Meeting.restore(stored(COMPLETE, -1, COMPLETE.invitations(), COMPLETE.contributions(), COMPLETE.groups()))),
        breaks(INVITATION_DUPLICATE, "givenStoredInvitationTwice_whenRestoring_thenRefused",
            () -> Meeting.restore(stored(COMPLETE, 0, List.of(first, first), List.of(), List.of()))),
        breaks(INVITATION_MISSING, "givenStoredContributionOfActorNotInvited_whenRestoring_thenRefused",
            () -> Meeting.restore(stored(COMPLETE, 0, List.of(), List.of(Meetings.writtenContribution(Actors.id("KBH+"))), List.of()))),
        breaks(GROUP_MEMBER_ABSENT, "givenStoredGroupWithAbsentActor_whenRestoring_thenRefused",
            () -> Meeting.restore(stored(COMPLETE, 0, COMPLETE.invitations(), COMPLETE.contributions(), groupsWithAbsentActor))));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleOfTheStoredStateIsEnforced() {
    return RuleCase.tests(cases());
  }

  @Test
  void givenMeetingWithEveryPart_whenRestoringItsState_thenSameState() {
    Meeting restored = Meeting.restore(COMPLETE);

    assertThat(restored.state()).isEqualTo(COMPLETE);
    assertThat(restored.challenges()).hasSize(5);
  }

  @Test
  void givenRevisedPublishedWriteUp_whenRestoringItsState_thenSameRevisionAndPublicationDay() {
    Meeting meeting = Meetings.complete();
    meeting.publish(WRITE_UP_DUE);
    meeting.revise();
    meeting.publish(WRITE_UP_DUE.plusDays(3));

    Meeting restored = Meeting.restore(meeting.state());

    assertThat(restored.state()).isEqualTo(meeting.state());
    assertThat(restored.revision()).isEqualTo(1);
    assertThat(restored.publishedOn()).contains(WRITE_UP_DUE.plusDays(3));
  }
}
