package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/** Records a contribution: a self-presentation and the challenges an actor sees. */
public interface RecordContributionUseCase {

  /**
   * Records the actor's contribution, replacing an earlier one. A written contribution (skriftligt
   * bidrag) is taken once the invitations are out; an oral one once the meeting is held.
   *
   * @param command the meeting, the actor and what it contributes
   * @throws RuleViolation {@code contribution.empty} without a self-presentation or a challenge,
   *     {@code contribution.text.length}, {@code challenge.text.length}, {@code invitation.missing}
   *     for an actor not invited, {@code contribution.oral.absent} for an oral contribution of an actor
   *     not present, {@code meeting.status.step} when the meeting is not yet at that step or is
   *     cancelled, {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}, {@code actor.not-found} for a mentioned actor
   *     that does not exist
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void record(Command command);

  /**
   * What the use case needs.
   *
   * @param actor the invited actor who contributes
   * @param form sent in writing or given in the room
   * @param selfPresentation how the actor presents itself and what it does, at most 20,000 characters;
   *     may be empty when there are challenges
   * @param challenges the challenges it sees in the field, each 1–2,000 characters
   * @param mentions other actors it names, who may be suggested to supplement the circle
   */
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
