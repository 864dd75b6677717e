package dk.kreds.domain.mixing;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Allocates participants to dialogue groups over one or several rounds so that they meet new actors
 * and each group mixes kinds and regions. Hard constraints first (a partition per round, the group
 * sizes, keep apart, keep together, pins), then the fewest repeated encounters (within this meeting,
 * then at earlier meetings, weighted by recency), then the mix. A greedy start (or, for rooms of q^k in
 * groups of q^m, an affine one when it costs less), then tabu search over swaps with incremental
 * scoring; deterministic for a seed when stopped by the lower bound or the iteration limit. The objective and the bound are described in {@code docs/mixing.md}.
 */
public final class DialogueMixer {

  private DialogueMixer() {}

  /**
   * Finds the groups of every round.
   *
   * @param request the participants, shape, rounds, history, constraints, seed and budget
   * @param ticker a monotonic clock in nanoseconds (e.g. {@code System::nanoTime}), read for the budget
   * @return the groups, largest first in each round, and their quality
   * @throws RuleViolation {@code mixing.groups}, {@code mixing.sizes}, {@code group.too-few} for a shape
   *     that does not fit the participants; {@code mixing.constraint.unknown}, {@code mixing.pin.group},
   *     {@code mixing.together.too-big}, {@code mixing.group.full}, {@code mixing.constraint.conflict},
   *     {@code mixing.apart.infeasible} naming the constraints that cannot hold together
   */
  public static Mixing mix(MixingRequest request, LongSupplier ticker) {
    long start = ticker.getAsLong();
    MixingProblem problem = new MixingProblem(request);
    SplittableRandom random = new SplittableRandom(request.seed());
    Allocation first = start(problem, random);
    long left = request.budget().toNanos() - (ticker.getAsLong() - start);
    TabuSearch.Outcome outcome = new TabuSearch(problem, first, random, ticker).run(left, request.maxIterations());
    Allocation found = Allocation.of(problem, outcome.groups());
    if (found.breaksKeepApart()) {
      throw new RuleViolation(Rule.MIXING_APART_INFEASIBLE, MixingProblem.describe(brokenKeepApart(problem, found)));
    }
    List<List<List<ActorId>>> rounds = actors(problem, outcome.groups());
    long millis = (ticker.getAsLong() - start) / 1_000_000;
    return new Mixing(rounds, quality(problem, outcome.groups()), outcome.stoppedBy(), millis);
  }

  /** The greedy start, or the affine one where the room's shape allows it and it costs less. */
  private static Allocation start(MixingProblem problem, SplittableRandom random) {
    Allocation greedy = GreedyStart.build(problem, random);
    return AffineStart.build(problem, random).filter(affine -> affine.cost() < greedy.cost()).orElse(greedy);
  }

  /**
   * Recounts the quality of groups formed elsewhere, e.g. after an organiser moved someone.
   *
   * @param request the participants, rounds, history and constraints the groups were formed for
   * @param rounds per round, the groups, each a list of actors
   * @throws RuleViolation {@code mixing.rounds} when there are not as many rounds as the request has;
   *     {@code group.member.absent} for an actor who is not a participant, {@code group.member.twice},
   *     {@code group.member.missing}
   */
  public static MixingQuality assess(MixingRequest request, List<List<List<ActorId>>> rounds) {
    RuleViolation.require(rounds.size() == request.rounds(), Rule.MIXING_ROUNDS, rounds.size());
    List<Integer> sizes = rounds.get(0).stream().map(List::size).toList();
    MixingProblem problem = new MixingProblem(new MixingRequest(
        request.participants(), new GroupShape.Sizes(sizes), request.rounds(), request.day(), request.history(),
        request.constraints(), request.seed(), request.budget(), request.maxIterations()));
    int[][] groups = new int[rounds.size()][problem.n];
    for (int r = 0; r < rounds.size(); r++) {
      Arrays.fill(groups[r], -1);
      List<List<ActorId>> round = rounds.get(r);
      for (int g = 0; g < round.size(); g++) {
        for (ActorId actor : round.get(g)) {
          int i = problem.indexOf(actor).orElseThrow(() -> new RuleViolation(Rule.GROUP_MEMBER_ABSENT, actor));
          RuleViolation.require(groups[r][i] < 0, Rule.GROUP_MEMBER_TWICE, actor);
          groups[r][i] = g;
        }
      }
      for (int i = 0; i < problem.n; i++) {
        RuleViolation.require(groups[r][i] >= 0, Rule.GROUP_MEMBER_MISSING, request.participants().get(i).actor());
      }
    }
    return quality(problem, groups);
  }

  private static List<List<List<ActorId>>> actors(MixingProblem p, int[][] groups) {
    List<List<List<ActorId>>> rounds = new ArrayList<>();
    for (int[] groupOf : groups) {
      List<List<ActorId>> round = new ArrayList<>();
      for (int g = 0; g < p.groups(); g++) {
        round.add(new ArrayList<>());
      }
      for (int i = 0; i < p.n; i++) {
        round.get(groupOf[i]).add(p.request.participants().get(i).actor());
      }
      rounds.add(round);
    }
    return rounds;
  }

  private static List<MixingConstraint> brokenKeepApart(MixingProblem p, Allocation a) {
    List<MixingConstraint> broken = new ArrayList<>();
    for (MixingConstraint c : p.request.constraints()) {
      if (c instanceof MixingConstraint.KeepApart apart) {
        int i = p.index.get(apart.one());
        int j = p.index.get(apart.other());
        for (int r = 0; r < p.rounds; r++) {
          if (a.group[r][i] == a.group[r][j]) {
            broken.add(c);
            break;
          }
        }
      }
    }
    return broken;
  }

  /**
   * No allocation of these group sizes has fewer repeats: pair meetings beyond one per pair must repeat.
   * Counted from the groups as they are, since a moved person may leave the sizes uneven.
   */
  private static int lowerBound(MixingProblem p, int[][] groups) {
    long meetings = 0;
    for (int[] groupOf : groups) {
      int[] size = new int[p.groups()];
      for (int g : groupOf) {
        size[g]++;
      }
      for (int s : size) {
        meetings += (long) s * (s - 1) / 2;
      }
    }
    long kept = (long) p.n * (p.n - 1) / 2 - p.freePairs();
    return (int) Math.max(0, meetings - p.rounds * kept - p.freePairs());
  }

  /** Counts repeats, earlier encounters and the mix from the groups alone. */
  private static MixingQuality quality(MixingProblem p, int[][] groups) {
    int n = p.n;
    int[] times = new int[n * n];
    for (int[] groupOf : groups) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (groupOf[i] == groupOf[j]) {
            times[i * n + j]++;
          }
        }
      }
    }
    int repeats = 0;
    int most = 0;
    int earlier = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int k = times[i * n + j];
        if (p.earlier[i * n + j]) {
          earlier += k;
        }
        if (!p.together(i, j)) {
          repeats += Math.max(0, k - 1);
          most = Math.max(most, k);
        }
      }
    }
    return new MixingQuality(repeats, lowerBound(p, groups), most, earlier, Diversity.of(p, groups));
  }
}
