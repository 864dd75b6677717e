package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Moves an actor to another group of a dialogue round, as an organiser decides, and re-scores the groups. */
public interface MoveGroupMemberUseCase {

  /**
   * Moves the actor; the groups keep their notes and challenges.
   *
   * @param command the meeting, the round, the actor and the group it moves to
   * @return the quality of the meeting's groups after the move, over every dialogue round with as many
   *     groups as this one
   * @throws RuleViolation {@code group.round.not-dialogue}, {@code group.number} for a group the round
   *     does not have, {@code group.member.absent} when the actor is in no group of the round,
   *     {@code group.empty} when the move would empty a group, {@code meeting.status.step}
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  MixingQuality move(Command command);

  /**
   * Who moves where.
   *
   * @param meeting the meeting
   * @param round the agenda position of the dialogue round, from 0
   * @param actor the actor who moves
   * @param group the number of the group it moves to, from 1
   */
  record Command(MeetingId meeting, int round, ActorId actor, int group) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(actor, "actor");
    }
  }
}
