package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;

/** Records a contribution: a self-presentation and the challenges an actor sees. */
public interface RecordContributionUseCase {

  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, ActorId actor, ContributionForm form, String selfPresentation, List<String> challenges, List<ActorId> mentions) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(actor, "actor");
      requireNonNull(form, "form");
      challenges = List.copyOf(challenges);
      mentions = List.copyOf(mentions);
    }
  }
}
