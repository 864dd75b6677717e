package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/** Invites actors to a meeting, each represented by its contact persons. All are invited, or none. */
public interface InviteActorsUseCase {

  /**
   * Invites each actor now, naming its current contact persons as its representatives; the meeting's
   * invitations are out from then on.
   *
   * @param command the meeting and the actors
   * @throws RuleViolation {@code invitation.duplicate} for an actor invited already or named twice,
   *     {@code actor.archived} for an archived actor, {@code invitation.after-start} once the meeting
   *     has started, {@code meeting.status.step} once it is held or cancelled,
   *     {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}, {@code actor.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; no one is invited
   */
  void invite(Command command);

  /**
   * What the use case needs.
   *
   * @param actors the actors to invite, at least one; an empty list is refused with
   *     {@link IllegalArgumentException}
   */
  record Command(MeetingId meeting, List<ActorId> actors) {
    public Command {
      requireNonNull(meeting, "meeting");
      actors = List.copyOf(actors);
      if (actors.isEmpty()) {
        throw new IllegalArgumentException("actors: at least one");
      }
    }
  }
}
