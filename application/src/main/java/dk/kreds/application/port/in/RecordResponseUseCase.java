package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Records an invitee's answer: accept (tilmelding) or decline (afbud). */
public interface RecordResponseUseCase {

  /**
   * Records the answer, replacing an earlier one; answers are taken until the meeting starts.
   *
   * @param command the meeting, the invitee and the answer
   * @throws RuleViolation {@code invitation.missing} for an actor not invited,
   *     {@code response.after-start} once the meeting has started, {@code meeting.status.step} unless
   *     the invitations are out (not once the meeting is held or cancelled), {@code write-up.published}
   *     once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, ActorId actor, Answer answer) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(actor, "actor");
      requireNonNull(answer, "answer");
    }
  }

  /** The answer to an invitation. */
  enum Answer {
    /** The actor will come (tilmelding). */
    ACCEPT,
    /** The actor will not come (afbud); a written contribution is expected instead. */
    DECLINE
  }
}
