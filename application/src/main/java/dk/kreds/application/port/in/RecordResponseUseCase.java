package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;

/** Records an invitee's answer: accept (tilmelding) or decline (afbud). */
public interface RecordResponseUseCase {

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
    ACCEPT,
    DECLINE
  }
}
