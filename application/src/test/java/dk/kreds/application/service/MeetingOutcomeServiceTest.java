package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.DAY;
import static dk.kreds.application.testing.TestWorld.DIALOGUE;
import static dk.kreds.application.testing.TestWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.shared.Rule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attendance, contributions, dialogue groups, challenges, decisions and action items. */
class MeetingOutcomeServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark", ActorKind.INTEREST_ORGANISATION);
  private final CircleId circle = world.circle(kooperationen, sed);

  @Test
  void givenInvitees_whenRecordingAttendance_thenPresentAndAbsentAreKeptAndTheMeetingIsHeld() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));

    Meeting stored = world.stored(meeting);
    assertThat(stored.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(stored.presentActors()).containsExactly(kooperationen);
    assertThat(stored.invitation(sed).attendance()).isEqualTo(Attendance.ABSENT);
  }

  @Test
  void givenMeetingNotStarted_whenRecordingAttendance_thenRefusedAndNothingRecorded() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));
    world.clock.set(START.minusMinutes(1));

    world.assertRefused(Rule.ATTENDANCE_BEFORE_START, () -> attend(meeting, Map.of(kooperationen, Attendance.PRESENT)));
  }

  @Test
  void givenAttendanceOfAnUninvitedActorLastInTheList_whenRecording_thenRefusedAndNoAttendanceRecorded() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));
    ActorId outsider = world.actor("CABI");
    world.clock.set(START.plusMinutes(5));

    world.assertRefused(Rule.INVITATION_MISSING, () -> world.hold(meeting, List.of(kooperationen, outsider), List.of()));
    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.INVITATIONS_OUT);
  }

  @Test
  void givenAbsentInvitee_whenSendingAWrittenContribution_thenKeptWithItsMentionsAndTime() {
    ActorId sfi = world.actor("SFI", ActorKind.RESEARCH);
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));

    contribute(meeting, sed, ContributionForm.WRITTEN, List.of(sfi));

    assertThat(world.stored(meeting).contribution(sed)).contains(new Contribution(sed, ContributionForm.WRITTEN,
        "Vi samler sociale entreprenører.", List.of("Adgang til kapital"), List.of(sfi), START.plusMinutes(5).toInstant()));
  }

  @Test
  void givenAbsentInvitee_whenGivingAnOralContribution_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));

    world.assertRefused(Rule.CONTRIBUTION_ORAL_ABSENT, () -> contribute(meeting, sed, ContributionForm.ORAL, List.of()));
  }

  @Test
  void givenUnknownMentionedActor_whenContributing_thenNotFoundAndNothingStored() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));

    world.assertNotFound("actor.not-found",
        () -> contribute(meeting, sed, ContributionForm.WRITTEN, List.of(world.ports.actors().nextId())));
  }

  @Test
  void givenSevenPresentOfThreeKinds_whenFormingThreeBalancedGroups_thenEveryoneIsInExactlyOneAndSizesDifferByAtMostOne() {
    List<ActorId> present = List.of(kooperationen, sed,
        world.actor("CBS", ActorKind.EDUCATION), world.actor("VIA", ActorKind.EDUCATION), world.actor("UCL", ActorKind.EDUCATION),
        world.actor("KBH+", ActorKind.NETWORK), world.actor("Vejle-netværket", ActorKind.NETWORK));
    MeetingId meeting = world.heldMeeting(circle, present, List.of(world.actor("Fraværende")));

    List<DialogueGroup> groups = formGroups(meeting, Optional.empty());

    assertThat(groups).extracting(DialogueGroup::number).containsExactly(1, 2, 3);
    assertThat(groups).extracting(g -> g.members().size()).containsExactly(3, 2, 2);
    assertThat(groups.stream().flatMap(g -> g.members().stream())).containsExactlyInAnyOrderElementsOf(present);
    assertThat(groups).allSatisfy(g -> assertThat(g.members()).as("educations in group %d", g.number())
        .filteredOn(id -> world.stored(id).kind() == ActorKind.EDUCATION).hasSize(1));
    assertThat(world.stored(meeting).groups()).isEqualTo(groups);
  }

  @Test
  void givenFewerPresentThanGroups_whenFormingBalancedGroups_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen, sed), List.of());

    world.assertRefused(Rule.GROUP_TOO_FEW, () -> formGroups(meeting, Optional.empty()));
  }

  @Test
  void givenGroupsWithAnAbsentActor_whenForming_thenRefused() {
    ActorId kbh = world.actor("KBH+");
    MeetingId meeting = world.heldMeeting(circle, 2, List.of(kooperationen, sed), List.of(kbh));

    world.assertRefused(Rule.GROUP_MEMBER_ABSENT,
        () -> formGroups(meeting, Optional.of(List.of(List.of(kooperationen), List.of(sed, kbh)))));
  }

  @Test
  void givenGroupsAsGiven_whenForming_thenNumberedInOrder() {
    MeetingId meeting = world.heldMeeting(circle, 2, List.of(kooperationen, sed), List.of());

    List<DialogueGroup> groups = formGroups(meeting, Optional.of(List.of(List.of(sed), List.of(kooperationen))));

    assertThat(groups).containsExactly(
        new DialogueGroup(DIALOGUE, 1, List.of(sed), Optional.empty(), List.of()),
        new DialogueGroup(DIALOGUE, 2, List.of(kooperationen), Optional.empty(), List.of()));
    assertThat(world.stored(meeting).groups()).isEqualTo(groups);
  }

  @Test
  void givenGroups_whenRecordingChallengesInAGroupAndInPlenary_thenEachIsKeptWhereItWasRaised() {
    MeetingId meeting = world.heldMeeting(circle, 1, List.of(kooperationen, sed), List.of());
    formGroups(meeting, Optional.empty());

    challenge(meeting, new Challenge("Ingen fælles definition", new ChallengeSource.InGroup(DIALOGUE, 1)));
    challenge(meeting, new Challenge("Koordinering i feltet", new ChallengeSource.InPlenary()));

    assertThat(world.stored(meeting).challenges()).containsExactly(
        new Challenge("Ingen fælles definition", new ChallengeSource.InGroup(DIALOGUE, 1)),
        new Challenge("Koordinering i feltet", new ChallengeSource.InPlenary()));
  }

  @Test
  void givenUnknownGroup_whenRecordingAChallengeThere_thenNotFound() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen, sed), List.of());

    world.assertNotFound("group.not-found",
        () -> challenge(meeting, new Challenge("Synlighed", new ChallengeSource.InGroup(DIALOGUE, 2))));
  }

  @Test
  void givenHeldMeeting_whenRecordingAConsensusDecision_thenKept() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());
    Decision meetAgain = new Decision("Vi mødes igen hvert halve år", DecisionKind.CONSENSUS);

    world.use.recordDecision().record(new RecordDecisionUseCase.Command(meeting, meetAgain));

    assertThat(world.stored(meeting).decisions()).containsExactly(meetAgain);
  }

  @Test
  void givenMeetingNotHeld_whenRecordingADecision_thenRefused() {
    MeetingId meeting = world.meeting(circle);

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> world.use.recordDecision().record(
        new RecordDecisionUseCase.Command(meeting, new Decision("For tidligt", DecisionKind.NOTED))));
  }

  @Test
  void givenContactOfAnInvitee_whenAddingAnActionItemTheyOwn_thenKeptOpen() {
    ContactRef per = world.contact(sed, "Per Bach", "per@timebank.dk");
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen, sed), List.of());

    ActionItemId id = addAction(meeting, Optional.of(per), LocalDate.of(2014, 12, 15));

    assertThat(world.stored(meeting).actionItem(id)).isEqualTo(
        new ActionItem(id, "Skriv sammenskrivningen", Optional.of(per), LocalDate.of(2014, 12, 15), Optional.empty()));
  }

  @Test
  void givenUnknownOwner_whenAddingAnActionItem_thenNotFoundAndNothingStored() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());
    ContactRef ghost = new ContactRef(sed, world.ports.actors().nextContactId());

    world.assertNotFound("contact.not-found", () -> addAction(meeting, Optional.of(ghost), LocalDate.of(2014, 12, 15)));
  }

  @Test
  void givenDueBeforeTheMeeting_whenAddingAnActionItem_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());

    world.assertRefused(Rule.ACTION_DUE_BEFORE_MEETING, () -> addAction(meeting, Optional.empty(), DAY.minusDays(1)));
  }

  @Test
  void givenOpenActionItem_whenCompleting_thenDoneTodayInTheMeetingsZone() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());
    ActionItemId id = addAction(meeting, Optional.empty(), LocalDate.of(2014, 12, 15));
    world.clockAt(LocalDate.of(2014, 12, 1), LocalTime.of(0, 30));

    complete(meeting, id);

    assertThat(world.stored(meeting).actionItem(id).done()).contains(LocalDate.of(2014, 12, 1));
  }

  @Test
  void givenDoneActionItem_whenCompletingAgain_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());
    ActionItemId id = addAction(meeting, Optional.empty(), LocalDate.of(2014, 12, 15));
    complete(meeting, id);

    world.assertRefused(Rule.ACTION_DONE, () -> complete(meeting, id));
  }

  private void attend(MeetingId meeting, Map<ActorId, Attendance> attendance) {
    world.use.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, attendance));
  }

  private void contribute(MeetingId meeting, ActorId actor, ContributionForm form, List<ActorId> mentions) {
    world.use.recordContribution().record(new RecordContributionUseCase.Command(
        meeting, actor, form, "Vi samler sociale entreprenører.", List.of("Adgang til kapital"), mentions));
  }

  private List<DialogueGroup> formGroups(MeetingId meeting, Optional<List<List<ActorId>>> members) {
    return world.use.formDialogueGroups().form(new FormDialogueGroupsUseCase.Command(meeting, DIALOGUE, members));
  }

  private void challenge(MeetingId meeting, Challenge challenge) {
    world.use.recordChallenge().record(new RecordChallengeUseCase.Command(meeting, challenge));
  }

  private ActionItemId addAction(MeetingId meeting, Optional<ContactRef> owner, LocalDate due) {
    return world.use.addActionItem().add(new AddActionItemUseCase.Command(meeting, "Skriv sammenskrivningen", owner, due));
  }

  private void complete(MeetingId meeting, ActionItemId item) {
    world.use.completeActionItem().complete(new CompleteActionItemUseCase.Command(meeting, item));
  }
}
