package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.mixing.MixingConstraint;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.mixing.StopReason;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Mixes the present actors of a meeting into the groups of one or several of its dialogue rounds with
 * the {@link DialogueMixer}: few repeated encounters within the meeting and with the circle's earlier
 * meetings, mixed kinds and regions, the given constraints.
 */
public interface MixDialogueGroupsUseCase {

  /**
   * Forms the groups of the meeting's first {@code rounds} dialogue rounds (agenda order), replacing
   * any formed for them before, and reports their quality.
   *
   * @param command the meeting, how many rounds, the seed, budget and constraints
   * @return the groups of every mixed round, and their quality
   * @throws RuleViolation {@code group.round.not-dialogue} when the agenda has fewer dialogue rounds;
   *     {@code group.count} when the rounds differ in their number of groups, or from {@code groups};
   *     the mixing rules ({@code group.too-few}, {@code mixing.constraint.conflict} …);
   *     {@code meeting.status.step} unless the meeting is held or written up
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  Mixed mix(Command command);

  /**
   * What to mix.
   *
   * @param meeting the meeting
   * @param rounds how many of its dialogue rounds, from the first; empty for all of them
   * @param groups the number of groups the rounds must have, when the caller wants it checked
   * @param seed the search's random seed
   * @param budget the longest the search runs
   * @param constraints keep apart, keep together, pin to a group
   */
  record Command(
      MeetingId meeting, Optional<Integer> rounds, Optional<Integer> groups, long seed, Duration budget,
      List<MixingConstraint> constraints) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(budget, "budget");
      rounds.ifPresent(r -> RuleViolation.require(r >= 1, Rule.MIXING_ROUNDS, r));
      constraints = List.copyOf(constraints);
    }

    /** All dialogue rounds, seed 1, the default budget, no constraints. */
    public static Command of(MeetingId meeting) {
      return new Command(meeting, Optional.empty(), Optional.empty(), 1, MixingRequest.DEFAULT_BUDGET, List.of());
    }
  }

  /**
   * The mixed groups and how good they are.
   *
   * @param groups the groups of every mixed round, by round and number
   * @param quality repeats, the lower bound, the most a pair meets, earlier encounters, diversity
   * @param stoppedBy whether the search reached the bound or its budget
   * @param millis how long the search took
   */
  record Mixed(List<DialogueGroup> groups, MixingQuality quality, StopReason stoppedBy, long millis) {
    public Mixed {
      groups = List.copyOf(groups);
    }
  }
}
