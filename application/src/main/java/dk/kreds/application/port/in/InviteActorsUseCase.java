package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;

/** Invites actors to a meeting, each represented by its contact persons. All are invited, or none. */
public interface InviteActorsUseCase {

  void invite(Command command);

  /** What the use case needs. */
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
