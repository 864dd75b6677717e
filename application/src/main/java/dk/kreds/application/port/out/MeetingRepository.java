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
import java.util.UUID;

/** Stores meetings with everything recorded at them. */
public interface MeetingRepository {

  /** The order the finders return meetings in: earliest start first, then by id. */
  Comparator<Meeting> EARLIEST_FIRST =
      Comparator.comparing((Meeting m) -> m.time().start().toInstant()).thenComparing(m -> m.id().value());

  /** {@return a fresh id for a new meeting} */
  default MeetingId nextId() {
    return new MeetingId(UUID.randomUUID());
  }

  /** {@return a fresh id for a new action item} */
  default ActionItemId nextActionItemId() {
    return new ActionItemId(UUID.randomUUID());
  }

  /**
   * {@return the meeting with this id, rebuilt with {@link Meeting#restore Meeting.restore} at its
   * stored version, or empty when there is none}
   *
   * @param id the meeting's id
   */
  Optional<Meeting> find(MeetingId id);

  /**
   * {@return the meeting with this id}
   *
   * @param id the meeting's id
   * @throws NotFoundException {@code meeting.not-found} when there is no such meeting
   */
  default Meeting get(MeetingId id) {
    return find(id).orElseThrow(() -> new NotFoundException("meeting", id));
  }

  /** {@return every meeting, earliest start first} */
  List<Meeting> findAll();

  /**
   * {@return the circle's meetings, earliest start first}
   *
   * @param circle the circle
   */
  List<Meeting> findByCircle(CircleId circle);

  /**
   * {@return the meetings the actor is invited to, earliest start first}
   *
   * @param actor the invitee
   */
  List<Meeting> findByInvitee(ActorId actor);

  /**
   * Inserts a new meeting (version 0) or updates a stored one, raising its version by one.
   *
   * @param meeting the meeting as planned or loaded, with its changes
   * @throws StaleWriteException when the stored version differs from {@code meeting.version()}
   */
  void save(Meeting meeting);
}
