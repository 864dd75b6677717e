package dk.kreds.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.StoredState;
import dk.kreds.application.service.MovableClock;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.testdata.Refusals;
import dk.kreds.domain.writeup.WriteUp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Every use case over a fresh in-memory store and a clock the test moves, with short ways to bring the
 * field, a circle and a meeting to the point a test starts from. The meeting is on 25 November 2014,
 * 13:00–16:00 in København, like the Stormøde.
 */
public final class TestWorld {

  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  public static final ZonedDateTime START = ZonedDateTime.of(2014, 11, 25, 13, 0, 0, 0, COPENHAGEN);
  public static final LocalDate DAY = START.toLocalDate();
  public static final LocalDate WRITE_UP_DUE = LocalDate.of(2014, 12, 15);
  /** The agenda position of the dialogue round. */
  public static final int DIALOGUE = 1;

  public final Ports ports = InMemoryStore.ports();
  public final MovableClock clock = new MovableClock(START.minusDays(55));
  public final UseCases use = ServiceFactory.create(ports, clock);

  // --- the field ----------------------------------------------------------------------------------

  public ActorId actor(String name) {
    return actor(name, ActorKind.NGO);
  }

  public ActorId actor(String name, ActorKind kind) {
    return actor(ActorProfile.of(name, kind));
  }

  public ActorId actor(ActorProfile profile) {
    return use.registerActor().register(new RegisterActorUseCase.Command(profile));
  }

  /** Registers an NGO of each name. */
  public List<ActorId> actors(String... names) {
    return List.of(names).stream().map(this::actor).toList();
  }

  public void archive(ActorId actor) {
    use.archiveActor().archive(new ArchiveActorUseCase.Command(actor));
  }

  /** Adds a contact person with an e-mail address to {@code actor}. */
  public ContactRef contact(ActorId actor, String name, String email) {
    return use.addContactPerson().add(new AddContactPersonUseCase.Command(actor, details(name, email)));
  }

  /** A contact person's details: a name and an e-mail address, kept on the ground of legitimate interest. */
  public static ContactDetails details(String name, String email) {
    return new ContactDetails(name, Optional.empty(), Optional.of(new Email(email)), Optional.empty(),
        new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, START.minusMonths(3).toInstant()));
  }

  // --- circles and meetings -------------------------------------------------------------------

  /** A circle convened by {@code conveners}, without a cadence. */
  public CircleId circle(ActorId... conveners) {
    return use.createCircle().create(new CreateCircleUseCase.Command("Kredsen", List.of(conveners), Optional.empty()));
  }

  /** A circle convened by {@code conveners} that meets every {@code months} months. */
  public CircleId circle(Cadence cadence, ActorId... conveners) {
    return use.createCircle().create(new CreateCircleUseCase.Command("Kredsen", List.of(conveners), Optional.of(cadence)));
  }

  /** A meeting of {@code circle} with a dialogue round in three groups, convened by the circle's conveners. */
  public MeetingId meeting(CircleId circle) {
    return meeting(circle, 3);
  }

  /** A meeting of {@code circle} with a dialogue round in {@code groups} groups. */
  public MeetingId meeting(CircleId circle, int groups) {
    return use.planMeeting().plan(new PlanMeetingUseCase.Command(circle, plan(stored(circle).conveners(), groups)));
  }

  /** The Stormøde's plan: presentation, dialogue in {@code groups} groups, closing; the write-up due mid-December. */
  public static MeetingPlan plan(List<ActorId> conveners, int groups) {
    return new MeetingPlan(
        "Stormøde", new MeetingTime(START, START.plusHours(3)), Venue.of("Kooperationen", "København"),
        Optional.of("Overblik over feltet"), conveners,
        List.of(new Round.Presentation(), new Round.Dialogue(groups, Optional.of("Feltets udfordringer")), new Round.Closing()),
        Optional.of(WRITE_UP_DUE));
  }

  /** Sets the clock to {@code time} on {@code day} in København. */
  public void clockAt(LocalDate day, LocalTime time) {
    clock.set(ZonedDateTime.of(day, time, COPENHAGEN));
  }

  /** Invites {@code actors} four weeks before the meeting; the clock stays there. */
  public void invite(MeetingId meeting, List<ActorId> actors) {
    clock.set(START.minusWeeks(4));
    use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, actors));
  }

  /** Records who came, five minutes into the meeting; the clock stays there. */
  public void hold(MeetingId meeting, List<ActorId> present, List<ActorId> absent) {
    clock.set(START.plusMinutes(5));
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    present.forEach(actor -> attendance.put(actor, Attendance.PRESENT));
    absent.forEach(actor -> attendance.put(actor, Attendance.ABSENT));
    use.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, attendance));
  }

  /** A meeting of {@code circle} to which {@code present} and {@code absent} were invited, held. */
  public MeetingId heldMeeting(CircleId circle, List<ActorId> present, List<ActorId> absent) {
    return heldMeeting(circle, 3, present, absent);
  }

  /** Like {@link #heldMeeting(CircleId, List, List)}, with a dialogue round in {@code groups} groups. */
  public MeetingId heldMeeting(CircleId circle, int groups, List<ActorId> present, List<ActorId> absent) {
    MeetingId meeting = meeting(circle, groups);
    invite(meeting, concat(present, absent));
    hold(meeting, present, absent);
    return meeting;
  }

  public static <T> List<T> concat(List<T> first, List<T> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  // --- the reference scenario -----------------------------------------------------------------

  /** Loads the Stormøde of 25 November 2014 into this world's store. */
  public ReferenceScenario loadReferenceScenario() {
    return use.loadReferenceScenario().load();
  }

  /** The write-up of {@code meeting}, produced (or only read, once produced). */
  public WriteUp writeUp(MeetingId meeting) {
    return use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(meeting));
  }

  // --- reading what is stored --------------------------------------------------------------------

  public Actor stored(ActorId id) {
    return ports.actors().get(id);
  }

  public Circle stored(CircleId id) {
    return ports.circles().get(id);
  }

  public Meeting stored(MeetingId id) {
    return ports.meetings().get(id);
  }

  // --- refusals -------------------------------------------------------------------------------

  /** Asserts that {@code step} breaks {@code rule} and leaves the store as it was. */
  public void assertRefused(Rule rule, ThrowingCallable step) {
    StoredState before = StoredState.of(ports);
    Refusals.assertRefused(rule, step);
    assertThat(StoredState.of(ports)).as("stored after the refusal").isEqualTo(before);
  }

  /** Asserts that {@code step} fails with a {@link NotFoundException} of {@code code} and leaves the store as it was. */
  public void assertNotFound(String code, ThrowingCallable step) {
    StoredState before = StoredState.of(ports);
    assertThatThrownBy(step).isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(StoredState.of(ports)).as("stored after the refusal").isEqualTo(before);
  }
}
