package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Every aggregate in memory, for tests, the demo and embedders who need no database. Each unit of work
 * holds one lock and rolls all tables back when it fails, so a failed use case leaves nothing behind.
 */
public final class InMemoryStore implements UnitOfWork {

  private final ReentrantLock lock = new ReentrantLock();
  final Table<ActorId, Actor.State> actors = new Table<>("actor", Actor.State::version,
      (s, v) -> new Actor.State(s.id(), v, s.profile(), s.archived(), s.contacts()));
  final Table<CircleId, Circle.State> circles = new Table<>("circle", Circle.State::version,
      (s, v) -> new Circle.State(s.id(), v, s.name(), s.conveners(), s.members(), s.cadence(), s.workingGroup(),
          s.channel(), s.themes()));
  final Table<MeetingId, Meeting.State> meetings = new Table<>("meeting", Meeting.State::version,
      (s, v) -> new Meeting.State(s.id(), v, s.circle(), s.plan(), s.status(), s.revision(), s.publishedOn(),
          s.invitations(), s.contributions(), s.groups(), s.plenaryChallenges(), s.decisions(), s.actionItems(),
          s.followUp()));

  final Map<Username, OrganiserAccount> organisers = new HashMap<>();
  final Map<String, RsvpLink> rsvpLinks = new HashMap<>();
  private final AtomicLong revision = new AtomicLong();

  /** The out-ports backed by a new, empty store. */
  public static Ports ports() {
    InMemoryStore store = new InMemoryStore();
    return new Ports(
        new InMemoryActorRepository(store), new InMemoryCircleRepository(store), new InMemoryMeetingRepository(store),
        new InMemoryOrganiserRepository(store), new InMemoryRsvpLinkRepository(store), store);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get();
      }
      Map<ActorId, Actor.State> actorRows = actors.snapshot();
      Map<CircleId, Circle.State> circleRows = circles.snapshot();
      Map<MeetingId, Meeting.State> meetingRows = meetings.snapshot();
      Map<Username, OrganiserAccount> organiserRows = Map.copyOf(organisers);
      Map<String, RsvpLink> rsvpLinkRows = Map.copyOf(rsvpLinks);
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        actors.restore(actorRows);
        circles.restore(circleRows);
        meetings.restore(meetingRows);
        organisers.clear();
        organisers.putAll(organiserRows);
        rsvpLinks.clear();
        rsvpLinks.putAll(rsvpLinkRows);
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Counts every save: a reader that sees the new number waits for the lock before it reads. */
  @Override
  public long revision() {
    return revision.get();
  }

  /** Called by the repositories with every save. */
  void changed() {
    revision.incrementAndGet();
  }

  /** Runs a single read or write under the store's lock. */
  <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
