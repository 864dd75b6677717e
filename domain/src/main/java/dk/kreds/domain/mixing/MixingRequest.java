package dk.kreds.domain.mixing;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to allocate: the participants, the group shape, how many rounds, the circle's history, the hard
 * constraints, and how the search runs.
 *
 * @param participants who takes part, each actor once
 * @param shape how each round is cut into groups
 * @param rounds how many rounds, 1–100
 * @param day the day of the meeting, against which earlier encounters are weighed by recency
 * @param history who sat together at earlier meetings, and when
 * @param constraints keep apart, keep together, pin to a group
 * @param seed the search's random seed: the same seed and budget give the same allocation
 * @param budget the longest the search runs
 * @param maxIterations the most search steps, for a budget that does not depend on the machine's speed
 */
public record MixingRequest(
    List<Participant> participants,
    GroupShape shape,
    int rounds,
    LocalDate day,
    List<Encounter> history,
    List<MixingConstraint> constraints,
    long seed,
    Duration budget,
    long maxIterations) {

  /** The default time budget. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  public MixingRequest {
    participants = List.copyOf(participants);
    requireNonNull(shape, "shape");
    RuleViolation.require(rounds >= 1 && rounds <= 100, Rule.MIXING_ROUNDS, rounds);
    requireNonNull(day, "day");
    history = List.copyOf(history);
    constraints = List.copyOf(constraints);
    requireNonNull(budget, "budget");
    RuleViolation.require(!budget.isNegative() && maxIterations >= 0, Rule.MIXING_BUDGET, budget);
    Set<ActorId> seen = new HashSet<>();
    for (Participant p : participants) {
      RuleViolation.require(seen.add(p.actor()), Rule.MIXING_PARTICIPANT_TWICE, p.actor());
    }
  }

  /** Participants in groups of this shape for so many rounds on this day: no history, no constraints, seed 1, the default budget. */
  public static MixingRequest of(List<Participant> participants, GroupShape shape, int rounds, LocalDate day) {
    return new MixingRequest(participants, shape, rounds, day, List.of(), List.of(), 1, DEFAULT_BUDGET, Long.MAX_VALUE);
  }

  /** The same request with this history. */
  public MixingRequest withHistory(List<Encounter> earlier) {
    return new MixingRequest(participants, shape, rounds, day, earlier, constraints, seed, budget, maxIterations);
  }

  /** The same request with these constraints. */
  public MixingRequest withConstraints(List<MixingConstraint> hard) {
    return new MixingRequest(participants, shape, rounds, day, history, hard, seed, budget, maxIterations);
  }

  /** The same request with this seed. */
  public MixingRequest withSeed(long newSeed) {
    return new MixingRequest(participants, shape, rounds, day, history, constraints, newSeed, budget, maxIterations);
  }

  /** The same request with this time budget and at most so many search steps. */
  public MixingRequest withBudget(Duration time, long iterations) {
    return new MixingRequest(participants, shape, rounds, day, history, constraints, seed, time, iterations);
  }
}
