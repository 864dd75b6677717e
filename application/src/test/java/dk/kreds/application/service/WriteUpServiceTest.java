package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowWriteUpUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.writeup.WriteUp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Producing, publishing and revising the write-up of a meeting. */
class WriteUpServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark");
  private final CircleId circle = world.circle(kooperationen, sed);

  @Test
  void givenHeldMeeting_whenProducingTheWriteUp_thenItSummarisesTheMeetingAndMarksItWrittenUp() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));

    WriteUp writeUp = produce(meeting);

    assertThat(writeUp.figures()).isEqualTo(new WriteUp.Figures(2, 1, 1, 0));
    assertThat(writeUp.present()).containsExactly("Kooperationen");
    assertThat(writeUp.conveners()).containsExactly("Kooperationen", "Sociale Entreprenører i Danmark");
    assertThat(writeUp.status()).isEqualTo(MeetingStatus.WRITTEN_UP);
    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.WRITTEN_UP);
  }

  @Test
  void givenHeldMeetingWithAWorkingGroupAndAnOwnedAction_whenShowingTheWriteUp_thenTheOneProducedLaterButStillHeld() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of(sed));
    ContactRef anne = world.contact(kooperationen, "Anne Worning", "anne@example.org");
    world.use.setWorkingGroup().set(new SetWorkingGroupUseCase.Command(circle, List.of(anne)));
    world.use.addActionItem().add(new AddActionItemUseCase.Command(meeting, "Opret LinkedIn-gruppen", Optional.of(anne),
        DAY.plusDays(14)));

    WriteUp shown = world.use.showWriteUp().show(new ShowWriteUpUseCase.Command(meeting));

    assertThat(shown.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.HELD);
    assertThat(shown).usingRecursiveComparison().ignoringFields("status").isEqualTo(produce(meeting));
  }

  @Test
  void givenPublished_whenShowingTheWriteUp_thenThePublishedOne() {
    MeetingId meeting = published();

    assertThat(world.use.showWriteUp().show(new ShowWriteUpUseCase.Command(meeting)))
        .usingRecursiveComparison().isEqualTo(produce(meeting));
  }

  @Test
  void givenUnknownMeeting_whenShowingTheWriteUp_thenNotFound() {
    world.assertNotFound("meeting.not-found",
        () -> world.use.showWriteUp().show(new ShowWriteUpUseCase.Command(new MeetingId(UUID.randomUUID()))));
  }

  @Test
  void givenMeetingNotHeld_whenProducingTheWriteUp_thenRefused() {
    MeetingId meeting = world.meeting(circle);
    world.invite(meeting, List.of(kooperationen));

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> produce(meeting));
  }

  @Test
  void givenWrittenUp_whenPublishingJustAfterMidnightInKoebenhavn_thenPublishedOnTheDanishDay() {
    MeetingId meeting = writtenUp();
    world.clockAt(LocalDate.of(2014, 12, 13), LocalTime.of(0, 30));

    WriteUp published = publish(meeting);

    assertThat(published.status()).isEqualTo(MeetingStatus.PUBLISHED);
    assertThat(published.publishedOn()).contains(LocalDate.of(2014, 12, 13));
    assertThat(world.stored(meeting).publishedOn()).contains(LocalDate.of(2014, 12, 13));
  }

  @Test
  void givenHeldButNotWrittenUp_whenPublishing_thenRefused() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> publish(meeting));
  }

  @Test
  void givenClockBeforeTheMeetingDay_whenPublishing_thenRefused() {
    MeetingId meeting = writtenUp();
    world.clock.set(TestWorld.START.minusDays(1));

    world.assertRefused(Rule.WRITE_UP_PUBLISH_BEFORE_MEETING, () -> publish(meeting));
  }

  @Test
  void givenPublished_whenChangingTheOutcomes_thenRefusedUntilRevised() {
    MeetingId meeting = published();

    world.assertRefused(Rule.WRITE_UP_PUBLISHED, () -> decide(meeting, "Et sent tillæg"));
    world.assertRefused(Rule.WRITE_UP_PUBLISHED, () -> world.use.addActionItem()
        .add(new AddActionItemUseCase.Command(meeting, "For sent", Optional.empty(), DAY.plusDays(30))));
    world.assertRefused(Rule.WRITE_UP_PUBLISHED, () -> publish(meeting));
  }

  @Test
  void givenPublished_whenProducingAgain_thenTheSameWriteUpIsReadAndNothingChanges() {
    MeetingId meeting = published();
    long version = world.stored(meeting).version();

    WriteUp again = produce(meeting);

    assertThat(again.status()).isEqualTo(MeetingStatus.PUBLISHED);
    assertThat(world.stored(meeting).version()).isEqualTo(version);
  }

  @Test
  void givenPublished_whenRevisedChangedAndPublishedAgain_thenTheNewRevisionIsPublishedWithTheChange() {
    MeetingId meeting = published();

    world.use.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(meeting));
    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.WRITTEN_UP);
    decide(meeting, "Kredsen suppleres med relevante deltagere");
    world.clockAt(LocalDate.of(2014, 12, 19), LocalTime.NOON);
    WriteUp republished = publish(meeting);

    assertThat(republished.status()).isEqualTo(MeetingStatus.PUBLISHED);
    assertThat(republished.revision()).isEqualTo(1);
    assertThat(republished.publishedOn()).contains(LocalDate.of(2014, 12, 19));
    assertThat(republished.decisions()).extracting(WriteUp.DecisionLine::text)
        .containsExactly("Vi mødes igen hvert halve år", "Kredsen suppleres med relevante deltagere");
  }

  @Test
  void givenNotPublished_whenRevising_thenRefused() {
    MeetingId meeting = writtenUp();

    world.assertRefused(Rule.MEETING_STATUS_STEP, () -> world.use.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(meeting)));
  }

  @Test
  void givenPublishedWithAnOpenActionItem_whenCompletingIt_thenAllowed() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen), List.of());
    ActionItemId item = world.use.addActionItem()
        .add(new AddActionItemUseCase.Command(meeting, "Opret LinkedIn-gruppen", Optional.empty(), DAY.plusDays(7)));
    produce(meeting);
    publish(meeting);

    world.use.completeActionItem().complete(new CompleteActionItemUseCase.Command(meeting, item));

    assertThat(world.stored(meeting).actionItem(item).done()).isPresent();
    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.PUBLISHED);
  }

  /** A held meeting with one decision, written up. */
  private MeetingId writtenUp() {
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen, sed), List.of());
    decide(meeting, "Vi mødes igen hvert halve år");
    produce(meeting);
    return meeting;
  }

  /** A written-up meeting published on 12 December 2014. */
  private MeetingId published() {
    MeetingId meeting = writtenUp();
    world.clockAt(LocalDate.of(2014, 12, 12), LocalTime.NOON);
    publish(meeting);
    return meeting;
  }

  private void decide(MeetingId meeting, String text) {
    world.use.recordDecision().record(new RecordDecisionUseCase.Command(meeting, new Decision(text, DecisionKind.CONSENSUS)));
  }

  private WriteUp produce(MeetingId meeting) {
    return world.use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(meeting));
  }

  private WriteUp publish(MeetingId meeting) {
    return world.use.publishWriteUp().publish(new PublishWriteUpUseCase.Command(meeting));
  }
}
