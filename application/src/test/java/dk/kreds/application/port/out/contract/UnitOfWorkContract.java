package dk.kreds.application.port.out.contract;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What every {@link UnitOfWork} does over the repositories of the same store. */
public abstract class UnitOfWorkContract extends PortsContract {

  private Actor kooperationen;
  private Circle circle;
  private Meeting meeting;

  private UnitOfWork unitOfWork() {
    return ports.unitOfWork();
  }

  /** One actor, circle and meeting in the store before the unit of work starts. */
  private void storeOneOfEach() {
    circle = data.savedCircle();
    kooperationen = ports.actors().get(circle.conveners().get(0));
    meeting = data.savedMeeting(circle, ContractData.START);
  }

  @Test
  void givenReadsOnly_whenAskingTheRevision_thenItStaysTheSame() {
    storeOneOfEach();
    long before = unitOfWork().revision();

    unitOfWork().inTransaction(() -> ports.meetings().get(meeting.id()));
    ports.actors().findAll();

    assertThat(unitOfWork().revision()).isEqualTo(before);
  }

  @Test
  void givenACommittedChangeOfEachKind_whenAskingTheRevision_thenItChangedEveryTime() {
    List<Long> revisions = new ArrayList<>(List.of(unitOfWork().revision()));

    circle = data.savedCircle();
    revisions.add(unitOfWork().revision());
    meeting = data.savedMeeting(circle, ContractData.START);
    revisions.add(unitOfWork().revision());
    unitOfWork().run(() -> ports.actors().save(data.newActor(ActorProfile.of("Æblehaven", ActorKind.NGO))));
    revisions.add(unitOfWork().revision());

    assertThat(revisions).doesNotHaveDuplicates();
  }

  @Test
  void givenWork_whenItSucceeds_thenItsResultIsReturnedAndItsWritesAreKept() {
    Actor actor = data.newActor(ActorProfile.of("KBH+", ActorKind.NETWORK));

    String result = unitOfWork().inTransaction(() -> {
      ports.actors().save(actor);
      return "gemt";
    });

    assertThat(result).isEqualTo("gemt");
    assertThat(ports.actors().find(actor.id())).isPresent();
  }

  @Test
  void givenWritesToEveryRepository_whenTheWorkThrows_thenNoneIsKeptAndTheSameExceptionArrives() {
    storeOneOfEach();
    IllegalStateException failure = new IllegalStateException("strømmen gik");

    assertNothingKept(() -> unitOfWork().inTransaction(() -> {
      writeToEveryRepository();
      throw failure;
    })).isSameAs(failure);
  }

  @Test
  void givenWritesToEveryRepository_whenARunnableUnitThrows_thenNoneIsKept() {
    storeOneOfEach();

    assertNothingKept(failingUnit(new IllegalArgumentException("afbrudt"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenEarlierWritesInTheUnit_whenALaterWriteIsStale_thenTheEarlierWritesAreRolledBack() {
    storeOneOfEach();
    Meeting staleCopy = ports.meetings().get(meeting.id());
    Meeting fresh = ports.meetings().get(meeting.id());
    fresh.cancel();
    ports.meetings().save(fresh);

    assertNothingKept(() -> unitOfWork().run(() -> {
      kooperationen.archive();
      ports.actors().save(kooperationen);
      ports.meetings().save(staleCopy);
    })).isInstanceOf(StaleWriteException.class);
  }

  @Test
  void givenNestedUnit_whenTheOuterUnitFailsAfterTheInnerOneFinished_thenTheInnerWritesAreRolledBackToo() {
    storeOneOfEach();

    assertNothingKept(() -> unitOfWork().run(() -> {
      unitOfWork().run(this::writeToEveryRepository);
      throw new IllegalStateException("ydre fejl");
    })).hasMessage("ydre fejl");
  }

  @Test
  void givenNestedUnit_whenBothSucceed_thenTheirWritesAreKept() {
    Actor outer = data.newActor(ActorProfile.of("Ydre", ActorKind.NGO));
    Actor inner = data.newActor(ActorProfile.of("Indre", ActorKind.NGO));

    Integer result = unitOfWork().inTransaction(() -> {
      ports.actors().save(outer);
      return unitOfWork().inTransaction(() -> {
        ports.actors().save(inner);
        return 2;
      });
    });

    assertThat(result).isEqualTo(2);
    assertThat(ports.actors().findAllById(List.of(outer.id(), inner.id()))).hasSize(2);
  }

  @Test
  void givenAFailedUnit_whenTheNextUnitWrites_thenItsWritesAreKept() {
    storeOneOfEach();
    assertNothingKept(failingUnit(new IllegalStateException("første forsøg"))).hasMessage("første forsøg");

    unitOfWork().run(this::writeToEveryRepository);

    assertThat(ports.actors().get(kooperationen.id()).archived()).isTrue();
    assertThat(ports.circles().get(circle.id()).cadence()).contains(new Cadence(6));
    assertThat(ports.meetings().get(meeting.id()).version()).isEqualTo(2);
  }

  @Test
  void givenTwoThreadsHoldingTheSameVersion_whenBothSave_thenExactlyOneWinsAndNothingIsLost() throws Exception {
    storeOneOfEach();
    MeetingId id = heldMeeting();
    List<String> texts = List.of("Vi mødes igen hvert halve år", "Kredsen suppleres med relevante deltagere");
    CyclicBarrier bothLoaded = new CyclicBarrier(texts.size());
    ExecutorService threads = Executors.newFixedThreadPool(texts.size());
    List<String> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      texts.forEach(text -> outcomes.add(threads.submit(() -> decideFromSameVersion(id, text, bothLoaded))));
      for (Future<String> outcome : outcomes) {
        try {
          winners.add(outcome.get(30, SECONDS));
        } catch (ExecutionException e) {
          losers.add(e.getCause());
        }
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(winners).hasSize(1);
    assertThat(losers).singleElement().isInstanceOfSatisfying(StaleWriteException.class, e -> {
      assertThat(e.entity()).isEqualTo("meeting");
      assertThat(e.id()).isEqualTo(id.toString());
    });
    Meeting afterRace = ports.meetings().get(id);
    assertThat(afterRace.version()).isEqualTo(3);
    assertThat(afterRace.decisions()).extracting(Decision::text).containsExactlyElementsOf(winners);

    String loserText = texts.stream().filter(text -> !winners.contains(text)).findFirst().orElseThrow();
    afterRace.decide(new Decision(loserText, DecisionKind.CONSENSUS));
    unitOfWork().run(() -> ports.meetings().save(afterRace));
    assertThat(ports.meetings().get(id).decisions()).extracting(Decision::text).containsExactly(winners.get(0), loserText);
  }

  /** Loads the meeting, waits until the other thread has loaded it too, then decides and saves in a unit of work. */
  private String decideFromSameVersion(MeetingId id, String text, CyclicBarrier bothLoaded) throws Exception {
    Meeting mine = ports.meetings().get(id);
    bothLoaded.await(30, SECONDS);
    mine.decide(new Decision(text, DecisionKind.CONSENSUS));
    unitOfWork().run(() -> ports.meetings().save(mine));
    return text;
  }

  /** The stored meeting, held: its first convener was invited and came (version 2). */
  private MeetingId heldMeeting() {
    Meeting held = ports.meetings().get(meeting.id());
    held.invite(kooperationen.id(), List.of(), ContractData.daysBefore(10));
    held.recordAttendance(kooperationen.id(), Attendance.PRESENT, ContractData.minutesIn(5));
    ports.meetings().save(held);
    return held.id();
  }

  /** A unit of work that writes to every repository and then throws {@code failure}. */
  private ThrowingCallable failingUnit(RuntimeException failure) {
    return () -> unitOfWork().run(() -> {
      writeToEveryRepository();
      throw failure;
    });
  }

  /** Asserts that {@code unit} throws and that the store holds what it held before; returns the throwable to check. */
  private AbstractThrowableAssert<?, ? extends Throwable> assertNothingKept(ThrowingCallable unit) {
    StoredState before = StoredState.of(ports);
    Throwable thrown = catchThrowable(unit);
    assertThat(StoredState.of(ports)).as("stored after the failed unit of work").isEqualTo(before);
    return assertThat(thrown).isNotNull();
  }

  /** Inserts and updates an actor, a circle and a meeting. */
  private void writeToEveryRepository() {
    ports.actors().save(data.newActor(ActorProfile.of("KBH+", ActorKind.NETWORK)));
    Actor actor = ports.actors().get(kooperationen.id());
    actor.archive();
    ports.actors().save(actor);
    ports.circles().save(Circle.create(ports.circles().nextId(), "Ny kreds", List.of(kooperationen.id()), ContractData.DAY));
    Circle changed = ports.circles().get(circle.id());
    changed.setCadence(new Cadence(6));
    ports.circles().save(changed);
    ports.meetings().save(data.newMeeting(circle, ContractData.START.plusMonths(6)));
    Meeting invited = ports.meetings().get(meeting.id());
    invited.invite(kooperationen.id(), List.of(), ContractData.daysBefore(20));
    ports.meetings().save(invited);
  }
}
