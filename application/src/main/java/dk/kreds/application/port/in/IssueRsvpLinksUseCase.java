package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Map;

/** Makes RSVP links for invitations, to send to the invitees. */
public interface IssueRsvpLinksUseCase {

  /**
   * Makes a new random token of 256 bits for each actor's invitation, stores only its hash, and returns
   * the tokens: this is the only time they can be read. An invitation's earlier link stops working.
   *
   * @param command the meeting and the invited actors
   * @return each actor's token, in the order asked
   * @throws dk.kreds.domain.shared.RuleViolation {@code invitation.missing} for an actor not invited,
   *     {@code response.after-start} once the meeting has started
   * @throws dk.kreds.domain.shared.NotFoundException {@code meeting.not-found}
   */
  Map<ActorId, String> issue(Command command);

  /** What the use case needs: the meeting and at least one invited actor. */
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
