package dk.kreds.domain.meeting;

import static dk.kreds.domain.testdata.Instants.daysBefore;
import static dk.kreds.domain.testdata.Instants.minutesAfterStart;
import static dk.kreds.domain.testdata.Meetings.DIALOGUE_ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a meeting records about who answered, who came, what they contributed and what was raised. */
class MeetingRecordsTest {

  private static final ActorId KBH_PLUS = Actors.id("KBH+");
  private static final ActorId BL = Actors.id("BL – Danmarks Almene Boliger");

  @Test
  void givenDeclinedInvitation_whenActorComesAnyway_thenPresentAndNoWrittenContributionExpected() {
    Meeting meeting = Meetings.invited(List.of(KBH_PLUS, BL));
    meeting.decline(KBH_PLUS, daysBefore(2));
    meeting.decline(BL, daysBefore(2));
    assertThat(meeting.invitation(KBH_PLUS).writtenContributionExpected()).isTrue();

    meeting.recordAttendance(KBH_PLUS, Attendance.PRESENT, minutesAfterStart(20));
    meeting.recordAttendance(BL, Attendance.ABSENT, minutesAfterStart(20));

    assertThat(meeting.presentActors()).containsExactly(KBH_PLUS);
    assertThat(meeting.invitation(KBH_PLUS).writtenContributionExpected()).isFalse();
    assertThat(meeting.invitation(BL).writtenContributionExpected()).isTrue();
  }

  @Test
  void givenAcceptedInvitation_whenActorStaysAway_thenWrittenContributionExpected() {
    Meeting meeting = Meetings.invited(List.of(KBH_PLUS));
    meeting.accept(KBH_PLUS, daysBefore(2));
    assertThat(meeting.invitation(KBH_PLUS).writtenContributionExpected()).isFalse();

    meeting.recordAttendance(KBH_PLUS, Attendance.ABSENT, minutesAfterStart(20));

    assertThat(meeting.invitation(KBH_PLUS).writtenContributionExpected()).isTrue();
  }

  @Test
  void givenWrittenContribution_whenTheActorSendsAnother_thenTheLaterReplacesIt() {
    Meeting meeting = Meetings.invited(List.of(BL));
    meeting.contribute(Meetings.writtenContribution(BL));
    Contribution revised = new Contribution(
        BL, ContributionForm.WRITTEN, "Vi er de almene boligorganisationer.", List.of(), List.of(), daysBefore(1));

    meeting.contribute(revised);

    assertThat(meeting.contributions()).containsExactly(revised);
  }

  @Test
  void givenChallengesFromEverySource_whenListing_thenContributionsThenGroupsThenPlenary() {
    Meeting meeting = Meetings.complete();

    assertThat(meeting.challenges()).extracting(c -> c.source().getClass().getSimpleName())
        .containsExactly("InContribution", "InContribution", "InContribution", "InGroup", "InPlenary");
    assertThat(meeting.challenges()).extracting(Challenge::text)
        .contains("Lovgivningen halter", "Synlighed", "Koordinering i feltet");
  }

  @Test
  void givenNoSuchGroup_whenRecordingNotes_thenNotFound() {
    Meeting meeting = Meetings.complete();

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> meeting.recordGroupNotes(DIALOGUE_ROUND, 9, "Noter"));

    assertThat(e.code()).isEqualTo("group.not-found");
    assertThat(e.value()).isEqualTo(DIALOGUE_ROUND + "/9");
  }

  @Test
  void givenActorWithoutContribution_whenRaisingChallengeInIt_thenNotFound() {
    Meeting meeting = Meetings.held(List.of(KBH_PLUS), List.of());
    Challenge challenge = new Challenge("Synlighed", new ChallengeSource.InContribution(KBH_PLUS));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> meeting.recordChallenge(challenge));

    assertThat(e.code()).isEqualTo("contribution.not-found");
  }

  @Test
  void givenErasedContactPerson_whenMeetingForgetsThem_thenNeitherRepresentativeNorOwner() {
    ContactRef anne = new ContactRef(KBH_PLUS, Actors.contactId("Anne"));
    Meeting meeting = Meetings.planned();
    meeting.invite(KBH_PLUS, List.of(anne.contact(), Actors.contactId("Bo")), daysBefore(28));
    meeting.recordAttendance(KBH_PLUS, Attendance.PRESENT, minutesAfterStart(5));
    ActionItem unowned = Meetings.actionItem("Skriv", Meetings.TIME.date());
    ActionItem owned = new ActionItem(unowned.id(), unowned.description(), Optional.of(anne), unowned.due(), unowned.done());
    meeting.addActionItem(owned);

    meeting.forgetContact(anne);

    assertThat(meeting.invitation(KBH_PLUS).representatives()).containsExactly(Actors.contactId("Bo"));
    assertThat(meeting.actionItem(owned.id()).owner()).isEmpty();
  }
}
