package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.MoveGroupMemberUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.shared.Rule;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mixing a meeting's dialogue groups over its rounds with the circle's history, and moving someone between groups. */
class DialogueGroupsServiceTest {

  private static final List<ActorKind> KINDS = List.of(ActorKind.EDUCATION, ActorKind.NGO, ActorKind.FUND);

  private final TestWorld world = new TestWorld();
  private final List<ActorId> nine = new ArrayList<>();
  private final CircleId circle;

  DialogueGroupsServiceTest() {
    for (int i = 1; i <= 9; i++) {
      nine.add(world.actor("Aktør " + i, KINDS.get(i % 3)));
    }
    circle = world.circle(nine.get(0), nine.get(1));
  }

  @Test
  void givenTwoDialogueRounds_whenMixing_thenBothAreFormedAndStoredAndNoPairMeetsTwice() {
    MeetingId meeting = held(START, 2);

    MixDialogueGroupsUseCase.Mixed mixed = world.use.mixDialogueGroups().mix(command(meeting, Optional.empty(), Optional.of(3)));

    assertThat(mixed.groups()).hasSize(6).extracting(DialogueGroup::round).containsExactly(1, 1, 1, 2, 2, 2);
    assertThat(mixed.groups()).allSatisfy(group -> assertThat(group.members()).hasSize(3));
    assertThat(mixed.quality().repeats()).isZero();
    assertThat(world.stored(meeting).groups()).isEqualTo(mixed.groups());
  }

  @Test
  void givenAnEarlierMeetingOfTheCircle_whenMixingTheNext_thenNoPairOfItsGroupsSitsTogetherAgain() {
    MeetingId first = held(START, 1);
    world.use.formDialogueGroups().form(new FormDialogueGroupsUseCase.Command(first, 1,
        Optional.of(List.of(nine.subList(0, 3), nine.subList(3, 6), nine.subList(6, 9)))));
    MeetingId next = held(START.plusMonths(6), 1);

    MixDialogueGroupsUseCase.Mixed mixed = world.use.mixDialogueGroups().mix(MixDialogueGroupsUseCase.Command.of(next));

    assertThat(mixed.quality().earlierEncounters()).isZero();
    assertThat(mixed.groups()).allSatisfy(group -> assertThat(
        List.of(nine.subList(0, 3), nine.subList(3, 6), nine.subList(6, 9))).noneMatch(earlier -> overlap(earlier, group.members()) > 1));
  }

  @Test
  void givenMixedRounds_whenMovingAnActorToMeetSomeoneAgain_thenTheGroupsChangeAndTheRepeatIsCounted() {
    MeetingId meeting = held(START, 2);
    List<DialogueGroup> groups = world.use.mixDialogueGroups().mix(MixDialogueGroupsUseCase.Command.of(meeting)).groups();
    ActorId mover = groups.get(3).members().get(0);
    List<ActorId> metBefore = groups.subList(0, 3).stream().filter(g -> g.members().contains(mover)).findFirst().orElseThrow().members();
    DialogueGroup target = groups.subList(4, 6).stream().filter(g -> overlap(metBefore, g.members()) > 0).findFirst().orElseThrow();

    MixingQuality quality = world.use.moveGroupMember().move(new MoveGroupMemberUseCase.Command(meeting, 2, mover, target.number()));

    assertThat(quality.repeats()).isPositive();
    assertThat(quality.maxPairMeetings()).isEqualTo(2);
    List<DialogueGroup> stored = world.stored(meeting).groups().stream().filter(g -> g.round() == 2).toList();
    assertThat(stored.get(target.number() - 1).members()).contains(mover).hasSize(4);
    assertThat(stored.get(0).members()).doesNotContain(mover).hasSize(2);
  }

  @Test
  void givenMoreRoundsThanTheAgendaHas_whenMixing_thenRefused() {
    MeetingId meeting = held(START, 2);

    world.assertRefused(Rule.GROUP_ROUND_NOT_DIALOGUE,
        () -> world.use.mixDialogueGroups().mix(command(meeting, Optional.of(3), Optional.empty())));
  }

  @Test
  void givenAGroupCountTheRoundsDoNotHave_whenMixing_thenRefused() {
    MeetingId meeting = held(START, 2);

    world.assertRefused(Rule.GROUP_COUNT, () -> world.use.mixDialogueGroups().mix(command(meeting, Optional.empty(), Optional.of(4))));
  }

  @Test
  void givenAGroupTheRoundDoesNotHave_whenMoving_thenRefusedAndNothingChanges() {
    MeetingId meeting = held(START, 1);
    List<DialogueGroup> groups = world.use.mixDialogueGroups().mix(MixDialogueGroupsUseCase.Command.of(meeting)).groups();

    world.assertRefused(Rule.GROUP_NUMBER,
        () -> world.use.moveGroupMember().move(new MoveGroupMemberUseCase.Command(meeting, 1, nine.get(0), 4)));
    assertThat(world.stored(meeting).groups()).isEqualTo(groups);
  }

  private static MixDialogueGroupsUseCase.Command command(MeetingId meeting, Optional<Integer> rounds, Optional<Integer> groups) {
    return new MixDialogueGroupsUseCase.Command(meeting, rounds, groups, 1, Duration.ofSeconds(10), List.of());
  }

  private static long overlap(List<ActorId> one, List<ActorId> other) {
    Set<ActorId> common = new HashSet<>(one);
    common.retainAll(other);
    return common.size();
  }

  /** A meeting of the nine at {@code start} with {@code dialogues} dialogue rounds in three groups (agenda positions 1, 2 …), all present. */
  private MeetingId held(ZonedDateTime start, int dialogues) {
    List<Round> agenda = new ArrayList<>(List.of(new Round.Presentation()));
    for (int i = 0; i < dialogues; i++) {
      agenda.add(new Round.Dialogue(3, Optional.empty()));
    }
    agenda.add(new Round.Closing());
    world.clock.set(start.minusWeeks(8));
    MeetingId meeting = world.use.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(
        "Stormøde", new MeetingTime(start, start.plusHours(3)), Venue.of("Kooperationen", "København"), Optional.empty(),
        List.of(nine.get(0), nine.get(1)), agenda, Optional.empty())));
    world.clock.set(start.minusWeeks(4));
    world.use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, nine));
    world.clock.set(start.plusMinutes(5));
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    nine.forEach(actor -> attendance.put(actor, Attendance.PRESENT));
    world.use.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, attendance));
    return meeting;
  }
}
