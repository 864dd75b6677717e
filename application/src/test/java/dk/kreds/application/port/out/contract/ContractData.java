package dk.kreds.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Aggregates for the repository contracts, saved through the ports under test. Everything an aggregate
 * refers to (actors, contact persons, circles, follow-up meetings) is saved first, so a store with
 * foreign keys accepts it.
 */
final class ContractData {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  /** The Stormøde of 25 November 2014, 13:00 in København. */
  static final ZonedDateTime START = ZonedDateTime.of(2014, 11, 25, 13, 0, 0, 0, COPENHAGEN);
  static final LocalDate DAY = START.toLocalDate();

  private final Ports ports;

  ContractData(Ports ports) {
    this.ports = ports;
  }

  /** {@code days} days before the meeting starts, to the second. */
  static Instant daysBefore(int days) {
    return START.minusDays(days).toInstant();
  }

  /** {@code minutes} minutes into the meeting. */
  static Instant minutesIn(int minutes) {
    return START.plusMinutes(minutes).toInstant();
  }

  /** A contact person with an e-mail address, kept on the ground of legitimate interest. */
  ContactPerson contact(String name, String email) {
    return new ContactPerson(
        ports.actors().nextContactId(), name, Optional.empty(), Optional.of(new Email(email)), Optional.empty(),
        new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, daysBefore(60)));
  }

  /** A new actor with this profile, not saved. */
  Actor newActor(ActorProfile profile) {
    return Actor.register(ports.actors().nextId(), profile);
  }

  /** Saves a new actor with only a name and a kind. */
  Actor savedActor(String name, ActorKind kind) {
    return saved(newActor(ActorProfile.of(name, kind)));
  }

  /** Saves a new actor with one contact person. */
  Actor savedActor(String name, ContactPerson contact) {
    Actor actor = newActor(ActorProfile.of(name, ActorKind.NGO));
    actor.addContact(contact);
    return saved(actor);
  }

  /** Saves {@code actor} and returns it as stored. */
  Actor saved(Actor actor) {
    ports.actors().save(actor);
    return ports.actors().get(actor.id());
  }

  /** Saves {@code circle} and returns it as stored. */
  Circle saved(Circle circle) {
    ports.circles().save(circle);
    return ports.circles().get(circle.id());
  }

  /** Saves {@code meeting} and returns it as stored. */
  Meeting saved(Meeting meeting) {
    ports.meetings().save(meeting);
    return ports.meetings().get(meeting.id());
  }

  /** Saves a new circle convened by {@code conveners}, with no cadence, working group or channel. */
  Circle savedCircle(String name, List<ActorId> conveners) {
    return saved(Circle.create(ports.circles().nextId(), name, conveners, DAY.minusMonths(2)));
  }

  /** Saves a new circle convened by two new actors. */
  Circle savedCircle() {
    return savedCircle("Kredsen", List.of(savedActor("Kooperationen", ActorKind.INTEREST_ORGANISATION).id(),
        savedActor("Sociale Entreprenører i Danmark", ActorKind.INTEREST_ORGANISATION).id()));
  }

  /** A planned meeting of {@code circle} starting at {@code start}, not saved. */
  Meeting newMeeting(Circle circle, ZonedDateTime start) {
    return Meeting.plan(ports.meetings().nextId(), circle.id(), plan(circle.conveners(), "Stormøde", start));
  }

  /** Saves a planned meeting of {@code circle} starting at {@code start}. */
  Meeting savedMeeting(Circle circle, ZonedDateTime start) {
    return saved(newMeeting(circle, start));
  }

  /** Three hours from {@code start}: presentation, dialogue in two groups, closing and lunch. */
  static MeetingPlan plan(List<ActorId> conveners, String title, ZonedDateTime start) {
    return new MeetingPlan(
        title, new MeetingTime(start, start.plusHours(3)), Venue.of("Kooperationen", "København"),
        Optional.of("Overblik over feltet og fælles interesser"), conveners,
        List.of(new Round.Presentation(), new Round.Dialogue(2, Optional.of("Feltets udfordringer")), new Round.Closing(),
            new Round.Other("Frokost på Ærø")),
        Optional.of(start.toLocalDate().plusDays(20)));
  }

  /** Asserts that {@code get} fails with a {@link NotFoundException} of {@code code} naming {@code id}. */
  static void assertNotFound(String code, Object id, ThrowingCallable get) {
    assertThatThrownBy(get).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.code()).as("code").isEqualTo(code);
      assertThat(e.value()).as("value").isEqualTo(id.toString());
    });
  }

  /**
   * Asserts that {@code write} is refused as a stale write of {@code entity} with this id, and that the
   * stored aggregate is still {@code stored}.
   */
  static <S> void assertStale(String entity, Object id, ThrowingCallable write, Supplier<S> stored, S before) {
    assertThatThrownBy(write).isInstanceOfSatisfying(StaleWriteException.class, e -> {
      assertThat(e.entity()).as("entity").isEqualTo(entity);
      assertThat(e.id()).as("id").isEqualTo(id.toString());
    });
    assertThat(stored.get()).as("stored after the refused write").isEqualTo(before);
  }
}
