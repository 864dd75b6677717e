package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;
import java.util.Optional;

/** Forms the groups of a dialogue round: as given, or mixed by the {@link DialogueMixer}. */
public interface FormDialogueGroupsUseCase {

  /**
   * Forms the round's groups, replacing any formed for it before: the members as given, or mixed by the
   * {@link DialogueMixer} so that actors who sat together at the circle's earlier meetings sit apart and
   * each group mixes kinds and regions (seed 1, at most 2,000 search steps: the same groups every time).
   *
   * @param command the meeting, the round and, optionally, the groups' members
   * @return the groups as formed, numbered from 1
   * @throws RuleViolation {@code group.round.not-dialogue} when there is no dialogue round at that
   *     position; for members as given {@code group.count} when there are not as many groups as the
   *     round has, {@code group.empty}, {@code group.member.absent}, {@code group.member.twice},
   *     {@code group.member.missing}; for a split {@code group.too-few} when fewer actors are present
   *     than the round has groups; {@code meeting.status.step} unless the meeting is held or written
   *     up, {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  List<DialogueGroup> form(Command command);

  /**
   * The meeting, the agenda position of its dialogue round, and the groups' members.
   *
   * @param round the agenda position of the dialogue round, counted from 0
   * @param members the members of group 1, 2, 3 … in order, every present actor in exactly one group
   *     and no one else; empty to mix the present actors
   */
  record Command(MeetingId meeting, int round, Optional<List<List<ActorId>>> members) {
    public Command {
      requireNonNull(meeting, "meeting");
      members = members.map(groups -> groups.stream().map(List::copyOf).toList());
    }
  }
}
