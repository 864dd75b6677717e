package org.example;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * This project's own adapters for Kreds's out-ports: each aggregate's stored {@code State} in a
 * {@link HashMap}. It keeps the contract every store keeps: a save raises the version by one and refuses
 * a stale version with {@link StaleWriteException}, and a failed unit of work leaves nothing behind.
 * One thread at a time; a real adapter would use a database and its transactions.
 */
final class MapStore implements UnitOfWork {

  private final Rows<ActorId, Actor.State> actors = new Rows<>("actor", Actor.State::version,
      (s, v) -> new Actor.State(s.id(), v, s.profile(), s.archived(), s.contacts()));
  private final Rows<CircleId, Circle.State> circles = new Rows<>("circle", Circle.State::version,
      (s, v) -> new Circle.State(s.id(), v, s.name(), s.conveners(), s.members(), s.cadence(), s.workingGroup(),
          s.channel(), s.themes()));
  private final Rows<MeetingId, Meeting.State> meetings = new Rows<>("meeting", Meeting.State::version,
      (s, v) -> new Meeting.State(s.id(), v, s.circle(), s.plan(), s.status(), s.revision(), s.publishedOn(),
          s.invitations(), s.contributions(), s.groups(), s.plenaryChallenges(), s.decisions(), s.actionItems(),
          s.followUp()));
  private boolean inTransaction;

  /** The four out-ports Kreds's services are wired with. */
  Ports ports() {
    return new Ports(new Actors(), new Circles(), new Meetings(), this);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (inTransaction) {
      return work.get(); // a use case called by another joins its transaction
    }
    var actorsBefore = actors.copy();
    var circlesBefore = circles.copy();
    var meetingsBefore = meetings.copy();
    inTransaction = true;
    try {
      return work.get();
    } catch (RuntimeException e) {
      actors.reset(actorsBefore);
      circles.reset(circlesBefore);
      meetings.reset(meetingsBefore);
      throw e;
    } finally {
      inTransaction = false;
    }
  }

  private final class Actors implements ActorRepository {
    @Override public ActorId nextId() {
      return new ActorId(UUID.randomUUID());
    }

    @Override public ContactPersonId nextContactId() {
      return new ContactPersonId(UUID.randomUUID());
    }

    @Override public Optional<Actor> find(ActorId id) {
      return actors.find(id).map(Actor::restore);
    }

    @Override public List<Actor> findAllById(Collection<ActorId> ids) {
      return ids.stream().distinct().flatMap(id -> find(id).stream()).toList();
    }

    @Override public List<Actor> findAll() {
      return actors.all().map(Actor::restore).toList();
    }

    @Override public List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs) {
      return findAll().stream()
          .filter(a -> nameKeys.contains(a.profile().nameKey()) || a.profile().cvr().filter(cvrs::contains).isPresent())
          .toList();
    }

    @Override public void save(Actor actor) {
      actors.save(actor.id(), actor.state());
    }
  }

  private final class Circles implements CircleRepository {
    @Override public CircleId nextId() {
      return new CircleId(UUID.randomUUID());
    }

    @Override public Optional<Circle> find(CircleId id) {
      return circles.find(id).map(Circle::restore);
    }

    @Override public List<Circle> findAll() {
      return circles.all().map(Circle::restore).toList();
    }

    @Override public List<Circle> findByMember(ActorId actor) {
      return findAll().stream().filter(circle -> circle.isMember(actor)).toList();
    }

    @Override public void save(Circle circle) {
      circles.save(circle.id(), circle.state());
    }
  }

  private final class Meetings implements MeetingRepository {
    @Override public MeetingId nextId() {
      return new MeetingId(UUID.randomUUID());
    }

    @Override public ActionItemId nextActionItemId() {
      return new ActionItemId(UUID.randomUUID());
    }

    @Override public Optional<Meeting> find(MeetingId id) {
      return meetings.find(id).map(Meeting::restore);
    }

    @Override public List<Meeting> findAll() {
      return meetings.all().map(Meeting::restore)
          .sorted(Comparator.comparing((Meeting m) -> m.time().start().toInstant()))
          .toList();
    }

    @Override public List<Meeting> findByCircle(CircleId circle) {
      return findAll().stream().filter(m -> m.circle().equals(circle)).toList();
    }

    @Override public List<Meeting> findByInvitee(ActorId actor) {
      return findAll().stream().filter(m -> m.isInvited(actor)).toList();
    }

    @Override public void save(Meeting meeting) {
      meetings.save(meeting.id(), meeting.state());
    }
  }

  /** One aggregate's stored states by id, with the optimistic version check. */
  private static final class Rows<I, S> {
    private final String entity;
    private final Function<S, Long> version;
    private final BiFunction<S, Long, S> withVersion;
    private Map<I, S> rows = new HashMap<>();

    Rows(String entity, Function<S, Long> version, BiFunction<S, Long, S> withVersion) {
      this.entity = entity;
      this.version = version;
      this.withVersion = withVersion;
    }

    Optional<S> find(I id) {
      return Optional.ofNullable(rows.get(id));
    }

    Stream<S> all() {
      return rows.values().stream();
    }

    void save(I id, S state) {
      long loaded = version.apply(state);
      long stored = find(id).map(version).orElse(0L);
      boolean insert = !rows.containsKey(id);
      if (insert ? loaded != 0 : stored != loaded) {
        throw new StaleWriteException(entity, id, loaded);
      }
      rows.put(id, withVersion.apply(state, loaded + 1));
    }

    Map<I, S> copy() {
      return new HashMap<>(rows);
    }

    void reset(Map<I, S> copy) {
      rows = copy;
    }
  }
}
