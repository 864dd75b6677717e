package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase.Answer;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.shared.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Planning meetings, inviting actors, recording their answers, cancelling. */
class MeetingPlanningServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark");
  private final CircleId circle = world.circle(kooperationen, sed);

  @Test
  void givenCircle_whenPlanningAMeeting_thenStoredAsPlanned() {
    MeetingId id = world.meeting(circle);

    Meeting meeting = world.use.showMeeting().show(new ShowMeetingUseCase.Command(id));
    assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(meeting.circle()).isEqualTo(circle);
    assertThat(meeting.plan()).isEqualTo(TestWorld.plan(List.of(kooperationen, sed), 3));
  }

  @Test
  void givenUnknownCircle_whenPlanningAMeeting_thenNotFoundAndNothingStored() {
    world.assertNotFound("circle.not-found", () -> plan(world.ports.circles().nextId(), List.of(kooperationen)));
  }

  @Test
  void givenArchivedConvener_whenPlanningAMeeting_thenRefusedAndNothingStored() {
    world.archive(sed);

    world.assertRefused(Rule.ACTOR_ARCHIVED, () -> plan(circle, List.of(kooperationen, sed)));
  }

  @Test
  void givenActorsWithContacts_whenInviting_thenEachIsInvitedNowWithItsContactsAsRepresentatives() {
    MeetingId meeting = world.meeting(circle);
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");
    ActorId kbh = world.actor("KBH+");

    world.invite(meeting, List.of(kooperationen, kbh));

    Meeting stored = world.stored(meeting);
    assertThat(stored.status()).isEqualTo(MeetingStatus.INVITATIONS_OUT);
    assertThat(stored.invitations()).containsExactly(
        Invitation.of(kooperationen, List.of(anne.contact()), START.minusWeeks(4).toInstant()),
        Invitation.of(kbh, List.of(), START.minusWeeks(4).toInstant()));
  }

  @Test
  void givenArchivedActor_whenInviting_thenRefusedAndNobodyInvited() {
    MeetingId meeting = world.meeting(circle);
    ActorId cabi = world.actor("CABI");
    world.archive(cabi);

    world.assertRefused(Rule.ACTOR_ARCHIVED, () -> world.invite(meeting, List.of(kooperationen, cabi)));
  }

  @Test
  void givenListWhoseThirdActorIsUnknown_whenInviting_thenNoneIsInvited() {
    MeetingId meeting = world.meeting(circle);
    ActorId kbh = world.actor("KBH+");

    world.assertNotFound("actor.not-found",
        () -> world.invite(meeting, List.of(kooperationen, kbh, world.ports.actors().nextId(), sed)));
    assertThat(world.stored(meeting).invitations()).isEmpty();
  }

  @Test
  void givenInvitedActor_whenInvitingItAgain_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));

    world.assertRefused(Rule.INVITATION_DUPLICATE, () -> world.invite(meeting, List.of(sed, kooperationen)));
  }

  @Test
  void givenMeetingHasStarted_whenInviting_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    world.clock.set(START);

    world.assertRefused(Rule.INVITATION_AFTER_START,
        () -> world.use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, List.of(kooperationen))));
  }

  @Test
  void givenInvitations_whenOneAcceptsAndOneDeclines_thenBothAnswersAreRecordedWithTheirTime() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen, sed));
    world.clock.set(START.minusDays(3));

    answer(meeting, kooperationen, Answer.ACCEPT);
    answer(meeting, sed, Answer.DECLINE);

    Meeting stored = world.stored(meeting);
    assertThat(stored.invitation(kooperationen).response()).isEqualTo(new Response.Accepted(START.minusDays(3).toInstant()));
    assertThat(stored.invitation(sed).response()).isEqualTo(new Response.Declined(START.minusDays(3).toInstant()));
  }

  @Test
  void givenDecline_whenAcceptingLater_thenTheLaterAnswerCounts() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(sed));
    answer(meeting, sed, Answer.DECLINE);
    world.clock.set(START.minusHours(2));

    answer(meeting, sed, Answer.ACCEPT);

    assertThat(world.stored(meeting).invitation(sed).response()).isEqualTo(new Response.Accepted(START.minusHours(2).toInstant()));
  }

  @Test
  void givenMeetingHasStarted_whenAnswering_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));
    world.clock.set(START.plusMinutes(1));

    world.assertRefused(Rule.RESPONSE_AFTER_START, () -> answer(meeting, kooperationen, Answer.ACCEPT));
  }

  @Test
  void givenActorNotInvited_whenAnswering_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));

    world.assertRefused(Rule.INVITATION_MISSING, () -> answer(meeting, sed, Answer.ACCEPT));
  }

  @Test
  void givenInvitationsOut_whenCancelling_thenCancelled() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));

    cancel(meeting);

    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.CANCELLED);
  }

  @Test
  void givenHeldMeeting_whenCancelling_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> cancel(meeting));
  }

  @Test
  void givenCancelledMeeting_whenInviting_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    cancel(meeting);

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> world.invite(meeting, List.of(kooperationen)));
  }

  @Test
  void givenUnknownMeeting_whenShowing_thenNotFound() {
    world.assertNotFound("meeting.not-found",
        () -> world.use.showMeeting().show(new ShowMeetingUseCase.Command(world.ports.meetings().nextId())));
  }

  @Test
  void givenMeetingsOfTwoCircles_whenListing_thenEarliestFirstAndFilteredByCircle() {
    CircleId other = world.circle(sed);
    MeetingId later = world.meeting(circle);
    MeetingPlan earlierPlan = TestWorld.plan(List.of(sed), 3);
    MeetingId earlier = world.use.planMeeting().plan(new PlanMeetingUseCase.Command(other, new MeetingPlan(
        "Formøde", new MeetingTime(START.minusDays(7), START.minusDays(7).plusHours(2)), earlierPlan.venue(),
        earlierPlan.purpose(), earlierPlan.conveners(), earlierPlan.agenda(), earlierPlan.writeUpDue())));

    List<Meeting> all = world.use.listMeetings().list(new ListMeetingsUseCase.Command(Optional.empty()));
    List<Meeting> ofCircle = world.use.listMeetings().list(new ListMeetingsUseCase.Command(Optional.of(circle)));

    assertThat(all).extracting(Meeting::id).containsExactly(earlier, later);
    assertThat(ofCircle).extracting(Meeting::id).containsExactly(later);
  }

  @Test
  void givenUnknownCircle_whenListingItsMeetings_thenNotFound() {
    world.assertNotFound("circle.not-found",
        () -> world.use.listMeetings().list(new ListMeetingsUseCase.Command(Optional.of(world.ports.circles().nextId()))));
  }

  private void plan(CircleId target, List<ActorId> conveners) {
    world.use.planMeeting().plan(new PlanMeetingUseCase.Command(target, TestWorld.plan(conveners, 3)));
  }

  private void answer(MeetingId meeting, ActorId actor, Answer answer) {
    world.use.recordResponse().record(new RecordResponseUseCase.Command(meeting, actor, answer));
  }

  private void cancel(MeetingId meeting) {
    world.use.cancelMeeting().cancel(new CancelMeetingUseCase.Command(meeting));
  }
}
