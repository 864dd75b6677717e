package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.shared.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Planning the circle's next meeting from this one. */
class FollowUpServiceTest {

  private static final LocalDate HALF_A_YEAR_LATER = LocalDate.of(2015, 5, 25);

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark", ActorKind.INTEREST_ORGANISATION);
  private final ActorId vejle = world.actor("Netværk i Vejle", ActorKind.NETWORK);

  @Test
  void givenSixMonthCadence_whenSchedulingWithoutADate_thenTheFollowUpIsSixMonthsAfterTheMeetingDay() {
    MeetingId meeting = heldMeetingOf(world.circle(new Cadence(6), kooperationen, sed));

    FollowUp followUp = schedule(meeting, Optional.empty());

    assertThat(followUp.date()).isEqualTo(HALF_A_YEAR_LATER);
    assertThat(world.stored(meeting).followUp()).contains(followUp);
  }

  @Test
  void givenFollowUp_whenScheduled_thenTheNextMeetingIsPlannedLikeThisOneAndInvitesTheMembersWithTheirContacts() {
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");
    CircleId circle = world.circle(new Cadence(6), kooperationen, sed);
    world.use.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, List.of(vejle)));
    MeetingId meeting = heldMeetingOf(circle);
    world.clock.set(START.plusHours(2));

    FollowUp followUp = schedule(meeting, Optional.empty());

    Meeting next = world.stored(followUp.next());
    Meeting held = world.stored(meeting);
    assertThat(followUp.carriedOver()).containsExactly(kooperationen, sed, vejle);
    assertThat(next.status()).isEqualTo(MeetingStatus.INVITATIONS_OUT);
    assertThat(next.circle()).isEqualTo(circle);
    assertThat(next.time().start()).isEqualTo(START.with(HALF_A_YEAR_LATER));
    assertThat(next.plan().venue()).isEqualTo(held.plan().venue());
    assertThat(next.plan().conveners()).isEqualTo(held.plan().conveners());
    assertThat(next.plan().agenda()).isEqualTo(held.plan().agenda());
    assertThat(next.plan().writeUpDue()).contains(LocalDate.of(2015, 6, 14));
    assertThat(next.invitations()).containsExactly(
        Invitation.of(kooperationen, List.of(anne.contact()), START.plusHours(2).toInstant()),
        Invitation.of(sed, List.of(), START.plusHours(2).toInstant()),
        Invitation.of(vejle, List.of(), START.plusHours(2).toInstant()));
  }

  @Test
  void givenArchivedMember_whenScheduling_thenItIsNeitherCarriedOverNorInvited() {
    CircleId circle = world.circle(new Cadence(6), kooperationen, sed);
    world.use.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, List.of(vejle)));
    MeetingId meeting = heldMeetingOf(circle);
    world.archive(vejle);

    FollowUp followUp = schedule(meeting, Optional.empty());

    assertThat(followUp.carriedOver()).containsExactly(kooperationen, sed);
    assertThat(world.stored(followUp.next()).isInvited(vejle)).isFalse();
  }

  @Test
  void givenMentionsAndMissingKinds_whenScheduling_thenMentionedOutsidersComeFirstThenMissingKindsAndNeverArchivedOnes() {
    CircleId circle = world.circle(new Cadence(6), kooperationen, sed);
    ActorId mentionedResearch = world.actor("Østjysk Videnscenter", ActorKind.RESEARCH);
    ActorId fund = world.actor("Almen Fond", ActorKind.FUND);
    ActorId sameKindAsMembers = world.actor("Dansk Erhverv", ActorKind.INTEREST_ORGANISATION);
    ActorId archivedAndMentioned = world.actor("Gammel Fond", ActorKind.FUND);
    MeetingId meeting = heldMeetingOf(circle);
    world.use.recordContribution().record(new RecordContributionUseCase.Command(meeting, sed, ContributionForm.ORAL,
        "Vi samler sociale entreprenører.", List.of(), List.of(mentionedResearch, archivedAndMentioned, kooperationen)));
    world.archive(archivedAndMentioned);

    FollowUp followUp = schedule(meeting, Optional.empty());

    assertThat(followUp.suggested()).containsExactly(mentionedResearch, fund, vejle)
        .doesNotContain(sameKindAsMembers, archivedAndMentioned, kooperationen, sed);
  }

  @Test
  void givenNoCadenceAndNoDate_whenScheduling_thenRefusedAndNoMeetingPlanned() {
    MeetingId meeting = heldMeetingOf(world.circle(kooperationen, sed));

    world.assertRefused(Rule.FOLLOW_UP_NO_CADENCE, () -> schedule(meeting, Optional.empty()));
  }

  @Test
  void givenNoCadenceButADate_whenScheduling_thenTheFollowUpIsOnThatDate() {
    MeetingId meeting = heldMeetingOf(world.circle(kooperationen, sed));

    FollowUp followUp = schedule(meeting, Optional.of(LocalDate.of(2015, 3, 3)));

    assertThat(followUp.date()).isEqualTo(LocalDate.of(2015, 3, 3));
    assertThat(world.stored(followUp.next()).time().date()).isEqualTo(LocalDate.of(2015, 3, 3));
  }

  @Test
  void givenDateOnTheMeetingDay_whenScheduling_thenRefused() {
    MeetingId meeting = heldMeetingOf(world.circle(new Cadence(6), kooperationen, sed));

    world.assertRefused(Rule.FOLLOW_UP_NOT_AFTER, () -> schedule(meeting, Optional.of(TestWorld.DAY)));
  }

  @Test
  void givenFollowUpScheduled_whenSchedulingAgain_thenRefusedAndNoSecondMeetingPlanned() {
    MeetingId meeting = heldMeetingOf(world.circle(new Cadence(6), kooperationen, sed));
    schedule(meeting, Optional.empty());

    world.assertRefused(Rule.FOLLOW_UP_DUPLICATE, () -> schedule(meeting, Optional.of(LocalDate.of(2015, 6, 1))));
  }

  @Test
  void givenMeetingNotHeld_whenScheduling_thenRefused() {
    MeetingId meeting = world.meeting(world.circle(new Cadence(6), kooperationen, sed));

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> schedule(meeting, Optional.empty()));
  }

  private MeetingId heldMeetingOf(CircleId circle) {
    return world.heldMeeting(circle, List.of(kooperationen, sed), List.of());
  }

  private FollowUp schedule(MeetingId meeting, Optional<LocalDate> date) {
    return world.use.scheduleFollowUp().schedule(new ScheduleFollowUpUseCase.Command(meeting, date));
  }
}
