package dk.kreds.application.port.out;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Stores meetings with everything recorded at them. */
public interface MeetingRepository {

  /** The order the finders return meetings in: earliest start first, then by id. */
  Comparator<Meeting> EARLIEST_FIRST =
      Comparator.comparing((Meeting m) -> m.time().start().toInstant()).thenComparing(m -> m.id().value());

  MeetingId nextId();

  /** A fresh id for a new action item. */
  ActionItemId nextActionItemId();

  Optional<Meeting> find(MeetingId id);

  /** @throws NotFoundException when there is no such meeting */
  default Meeting get(MeetingId id) {
    return find(id).orElseThrow(() -> new NotFoundException("meeting", id));
  }

  /** Every meeting, earliest start first. */
  List<Meeting> findAll();

  /** The circle's meetings, earliest start first. */
  List<Meeting> findByCircle(CircleId circle);

  /** Meetings the actor is invited to, earliest start first. */
  List<Meeting> findByInvitee(ActorId actor);

  /**
   * Inserts a new meeting (version 0) or updates a stored one, raising its version by one.
   *
   * @throws StaleWriteException when the stored version differs from {@code meeting.version()}
   */
  void save(Meeting meeting);
}
