package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Optional;

/** Meetings in an {@link InMemoryStore}. */
public final class InMemoryMeetingRepository implements MeetingRepository {

  private final InMemoryStore store;

  InMemoryMeetingRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Meeting> find(MeetingId id) {
    return store.locked(() -> store.meetings.get(id).map(Meeting::restore));
  }

  @Override
  public List<Meeting> findAll() {
    return store.locked(() -> store.meetings.all().stream().map(Meeting::restore).sorted(EARLIEST_FIRST).toList());
  }

  @Override
  public List<Meeting> findByCircle(CircleId circle) {
    return findAll().stream().filter(m -> m.circle().equals(circle)).toList();
  }

  @Override
  public List<Meeting> findByInvitee(ActorId actor) {
    return findAll().stream().filter(m -> m.isInvited(actor)).toList();
  }

  @Override
  public void save(Meeting meeting) {
    store.locked(() -> {
      store.meetings.put(meeting.id(), meeting.state());
      store.changed();
      return null;
    });
  }
}
