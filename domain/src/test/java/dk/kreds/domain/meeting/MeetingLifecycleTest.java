package dk.kreds.domain.meeting;

import static dk.kreds.domain.meeting.MeetingStatus.CANCELLED;
import static dk.kreds.domain.meeting.MeetingStatus.HELD;
import static dk.kreds.domain.meeting.MeetingStatus.INVITATIONS_OUT;
import static dk.kreds.domain.meeting.MeetingStatus.PLANNED;
import static dk.kreds.domain.meeting.MeetingStatus.PUBLISHED;
import static dk.kreds.domain.meeting.MeetingStatus.WRITTEN_UP;
import static dk.kreds.domain.shared.Rule.MEETING_STATUS_STEP;
import static dk.kreds.domain.shared.Rule.WRITE_UP_PUBLISHED;
import static dk.kreds.domain.testdata.Instants.WRITE_UP_DUE;
import static dk.kreds.domain.testdata.Instants.daysBefore;
import static dk.kreds.domain.testdata.Instants.minutesAfterStart;
import static dk.kreds.domain.testdata.Meetings.DIALOGUE_ROUND;
import static dk.kreds.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting's way from planned to a published, revised write-up; or to cancelled. */
class MeetingLifecycleTest {

  private static final ActorId KBH_PLUS = Actors.id("KBH+");
  private static final ActorId NORDJYLLAND = Actors.id("Socialøkonomi Nordjylland");
  private static final Decision HALF_YEARLY = new Decision("Vi mødes igen hvert halve år", DecisionKind.CONSENSUS);

  @Test
  void givenPlannedMeeting_whenInvitingAnsweringAndRecordingAttendance_thenInvitationsOutThenHeld() {
    Meeting meeting = Meetings.planned();
    assertThat(meeting.status()).isEqualTo(PLANNED);

    meeting.invite(KBH_PLUS, List.of(Actors.contactId("Kontakt")), daysBefore(28));
    meeting.invite(NORDJYLLAND, List.of(), daysBefore(28));
    assertThat(meeting.status()).isEqualTo(INVITATIONS_OUT);

    meeting.accept(KBH_PLUS, daysBefore(7));
    meeting.decline(NORDJYLLAND, daysBefore(2));
    meeting.recordAttendance(KBH_PLUS, Attendance.PRESENT, minutesAfterStart(5));
    meeting.recordAttendance(NORDJYLLAND, Attendance.ABSENT, minutesAfterStart(5));

    assertThat(meeting.status()).isEqualTo(HELD);
    assertThat(meeting.invitation(KBH_PLUS).response()).isEqualTo(new Response.Accepted(daysBefore(7)));
    assertThat(meeting.invitation(KBH_PLUS).representatives()).containsExactly(Actors.contactId("Kontakt"));
    assertThat(meeting.invitation(NORDJYLLAND).declined()).isTrue();
    assertThat(meeting.presentActors()).containsExactly(KBH_PLUS);
  }

  @Test
  void givenHeldMeeting_whenWrittenUpPublishedRevisedAndPublishedAgain_thenRevisionOneOnItsNewDay() {
    Meeting meeting = Meetings.complete();
    assertThat(meeting.status()).isEqualTo(WRITTEN_UP);

    meeting.publish(WRITE_UP_DUE);
    assertThat(meeting.status()).isEqualTo(PUBLISHED);
    assertThat(meeting.revision()).isZero();
    assertThat(meeting.publishedOn()).contains(WRITE_UP_DUE);

    meeting.revise();
    assertThat(meeting.status()).isEqualTo(WRITTEN_UP);
    meeting.decide(new Decision("Temaer deles i LinkedIn-gruppen", DecisionKind.NOTED));
    meeting.publish(WRITE_UP_DUE.plusDays(3));

    assertThat(meeting.status()).isEqualTo(PUBLISHED);
    assertThat(meeting.revision()).isEqualTo(1);
    assertThat(meeting.publishedOn()).contains(WRITE_UP_DUE.plusDays(3));
    assertThat(meeting.decisions()).hasSize(3);
  }

  @Test
  void givenPublishedWriteUp_whenChangingIt_thenRefusedUntilRevised() {
    Meeting meeting = Meetings.published(List.of(KBH_PLUS), List.of(NORDJYLLAND));

    assertRefused(WRITE_UP_PUBLISHED, () -> meeting.decide(HALF_YEARLY));
    assertRefused(WRITE_UP_PUBLISHED, () -> meeting.contribute(Meetings.writtenContribution(NORDJYLLAND)));
    assertRefused(WRITE_UP_PUBLISHED, () -> meeting.promiseWriteUpBy(WRITE_UP_DUE.plusDays(1)));
    assertRefused(WRITE_UP_PUBLISHED, meeting::writeUp);
    meeting.revise();
    meeting.decide(HALF_YEARLY);

    assertThat(meeting.decisions()).containsExactly(HALF_YEARLY);
  }

  @Test
  void givenPublishedWriteUp_whenCompletingActionItem_thenDoneWithoutRevision() {
    Meeting meeting = Meetings.complete();
    ActionItem writeUp = meeting.actionItems().get(0);
    meeting.publish(WRITE_UP_DUE);

    meeting.completeActionItem(writeUp.id(), WRITE_UP_DUE);

    assertThat(meeting.actionItem(writeUp.id()).done()).contains(WRITE_UP_DUE);
    assertThat(meeting.revision()).isZero();
  }

  @Test
  void givenInvitationsOut_whenCancelling_thenCancelledAndNoFurtherStep() {
    Meeting meeting = Meetings.invited(List.of(KBH_PLUS));

    meeting.cancel();

    assertThat(meeting.status()).isEqualTo(CANCELLED);
    assertRefused(MEETING_STATUS_STEP, () -> meeting.accept(KBH_PLUS, daysBefore(1)));
    assertRefused(MEETING_STATUS_STEP, meeting::cancel);
  }

  @Test
  void givenHeldMeeting_whenFormingGroupsAgain_thenTheNewGroupsReplaceTheOld() {
    List<ActorId> present = Actors.ids(6);
    Meeting meeting = Meetings.held(present, List.of());
    meeting.formGroups(DIALOGUE_ROUND, Meetings.dealt(Meetings.GROUPS, present));
    List<ActorId> reversed = new ArrayList<>(present);
    Collections.reverse(reversed);
    List<DialogueGroup> regrouped = Meetings.dealt(Meetings.GROUPS, reversed);

    meeting.formGroups(DIALOGUE_ROUND, regrouped);

    assertThat(meeting.groups()).isEqualTo(regrouped);
  }
}
