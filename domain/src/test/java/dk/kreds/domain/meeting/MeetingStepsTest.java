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
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Which step a meeting takes in which status. Every step out of order is refused with
 * {@code meeting.status.step}, or with {@code write-up.published} once the write-up is published; every
 * step in order passes the status check (it may still break another rule, e.g. a missing group).
 */
class MeetingStepsTest {

  private static final ActorId CAME = Actors.id("KBH+");
  private static final ActorId STAYED_AWAY = Actors.id("Socialøkonomi Nordjylland");
  private static final Set<MeetingStatus> OUTCOMES = EnumSet.of(HELD, WRITTEN_UP);

  private static final List<ActorId> INVITEES = List.of(CAME, STAYED_AWAY);

  /** A meeting in each status; once it is held, CAME was present and STAYED_AWAY absent. */
  private static final Map<MeetingStatus, Supplier<Meeting>> MEETING_IN = Map.of(
      PLANNED, Meetings::planned,
      INVITATIONS_OUT, () -> Meetings.invited(INVITEES),
      HELD, () -> Meetings.held(List.of(CAME), List.of(STAYED_AWAY)),
      WRITTEN_UP, () -> then(Meetings.held(List.of(CAME), List.of(STAYED_AWAY)), Meeting::writeUp),
      PUBLISHED, () -> Meetings.published(List.of(CAME), List.of(STAYED_AWAY)),
      CANCELLED, () -> then(Meetings.invited(INVITEES), Meeting::cancel));

  record Step(String name, Set<MeetingStatus> allowedIn, Consumer<Meeting> take) {}

  private static final List<Step> STEPS = List.of(
      new Step("Inviting", EnumSet.of(PLANNED, INVITATIONS_OUT), m -> m.invite(Actors.id("Ny"), List.of(), daysBefore(1))),
      new Step("Accepting", EnumSet.of(INVITATIONS_OUT), m -> m.accept(CAME, daysBefore(1))),
      new Step("Declining", EnumSet.of(INVITATIONS_OUT), m -> m.decline(STAYED_AWAY, daysBefore(1))),
      new Step("RecordingAttendance", EnumSet.of(INVITATIONS_OUT, HELD),
          m -> m.recordAttendance(CAME, Attendance.PRESENT, minutesAfterStart(10))),
      new Step("ContributingInWriting", EnumSet.of(INVITATIONS_OUT, HELD, WRITTEN_UP),
          m -> m.contribute(Meetings.writtenContribution(STAYED_AWAY))),
      new Step("ContributingOrally", OUTCOMES, m -> m.contribute(Meetings.oralContribution(CAME))),
      new Step("FormingGroups", OUTCOMES, m -> m.formGroups(DIALOGUE_ROUND, List.of())),
      new Step("RecordingGroupNotes", OUTCOMES, m -> m.recordGroupNotes(DIALOGUE_ROUND, 1, "Noter")),
      new Step("RaisingChallenge", OUTCOMES, m -> m.recordChallenge(new Challenge("Synlighed", new ChallengeSource.InPlenary()))),
      new Step("Deciding", OUTCOMES, m -> m.decide(new Decision("Vi mødes igen", DecisionKind.CONSENSUS))),
      new Step("AddingActionItem", OUTCOMES, m -> m.addActionItem(Meetings.actionItem("Skriv", WRITE_UP_DUE))),
      new Step("CompletingActionItem", EnumSet.of(HELD, WRITTEN_UP, PUBLISHED),
          m -> m.completeActionItem(Meetings.actionItem("Skriv", WRITE_UP_DUE).id(), WRITE_UP_DUE)),
      new Step("SchedulingFollowUp", OUTCOMES,
          m -> m.scheduleFollowUp(new FollowUp(Meetings.NEXT_MEETING, WRITE_UP_DUE.plusMonths(6), List.of(), List.of()))),
      new Step("PromisingWriteUp", EnumSet.of(PLANNED, INVITATIONS_OUT, HELD, WRITTEN_UP), m -> m.promiseWriteUpBy(WRITE_UP_DUE)),
      new Step("WritingUp", OUTCOMES, Meeting::writeUp),
      new Step("Publishing", EnumSet.of(WRITTEN_UP), m -> m.publish(WRITE_UP_DUE)),
      new Step("Revising", EnumSet.of(PUBLISHED), Meeting::revise),
      new Step("Cancelling", EnumSet.of(PLANNED, INVITATIONS_OUT), Meeting::cancel));

  @TestFactory
  Stream<DynamicTest> givenMeetingInStatus_whenTakingStepOutOfOrder_thenRefused() {
    return cases(false).map(c -> DynamicTest.dynamicTest(c.title("thenRefused"), () -> assertRefused(
        c.status() == PUBLISHED ? WRITE_UP_PUBLISHED : MEETING_STATUS_STEP, () -> c.step().take().accept(c.meeting()))));
  }

  @TestFactory
  Stream<DynamicTest> givenMeetingInStatus_whenTakingStepInOrder_thenPastTheStatusCheck() {
    return cases(true).map(c -> DynamicTest.dynamicTest(c.title("thenPastTheStatusCheck"), () -> {
      Throwable thrown = catchThrowable(() -> c.step().take().accept(c.meeting()));
      Optional<Rule> broken = thrown instanceof RuleViolation violation ? Optional.of(violation.rule()) : Optional.empty();
      assertThat(broken).isNotIn(Optional.of(MEETING_STATUS_STEP), Optional.of(WRITE_UP_PUBLISHED));
    }));
  }

  record Case(MeetingStatus status, Step step) {
    Meeting meeting() {
      Meeting meeting = MEETING_IN.get(status).get();
      assertThat(meeting.status()).isEqualTo(status);
      return meeting;
    }

    String title(String outcome) {
      return "given" + status + "_when" + step.name() + "_" + outcome;
    }
  }

  private static Stream<Case> cases(boolean allowed) {
    return STEPS.stream().flatMap(step -> EnumSet.allOf(MeetingStatus.class).stream()
        .filter(status -> step.allowedIn().contains(status) == allowed)
        .map(status -> new Case(status, step)));
  }

  private static Meeting then(Meeting meeting, Consumer<Meeting> step) {
    step.accept(meeting);
    return meeting;
  }
}
