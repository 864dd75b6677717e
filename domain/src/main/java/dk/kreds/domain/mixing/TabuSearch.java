package dk.kreds.domain.mixing;

import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Tabu search over swaps of two participants between groups of one round (after Dotú and Van
 * Hentenryck's search for the social golfer problem). Each step takes the best swap that moves a
 * participant in conflict (a repeat, an earlier encounter, a broken keep-apart), or, once there are none,
 * a sample of the participants of one round, to mend the mix. A participant may not return to the group
 * it just left for a few steps unless that beats the best found; when every swap is tabu, the best of
 * them is taken. After a long run without improvement the search restarts from the best allocation with
 * a random number of random swaps, from a few to many; an allocation as good as the best replaces it
 * now and then (one time in eight), so that the restarts spread over a plateau instead of returning to
 * one place. It stops at the objective's lower bound or when the budget is spent.
 */
final class TabuSearch {

  private static final double EPSILON = 1e-9;
  private static final int TENURE = 2;
  private static final int TENURE_SPREAD = 5;
  private static final int STALL = 1000;
  /**
   * A restart makes 3–30 random swaps, as many as the random draw says: small kicks search near the
   * best, large ones leave a deep basin (such as the nine affine rounds under 8×4×10's tenth).
   */
  private static final int PERTURBATION_SWAPS = 3;
  private static final int PERTURBATION_SPREAD = 28;
  private static final int MIX_SAMPLE = 32;
  private static final int PLATEAU_SAMPLE = 8;

  private final MixingProblem p;
  private final SplittableRandom random;
  private final LongSupplier ticker;
  private final long[][][] tabu;
  private final boolean[][] conflicted;
  private Allocation current;
  private int[][] best;
  private double bestCost;

  /** What the search found and why it stopped. */
  record Outcome(int[][] groups, StopReason stoppedBy) {}

  TabuSearch(MixingProblem p, Allocation start, SplittableRandom random, LongSupplier ticker) {
    this.p = p;
    this.random = random;
    this.ticker = ticker;
    this.current = start;
    this.best = start.snapshot();
    this.bestCost = start.cost();
    this.tabu = new long[p.rounds][p.n][p.groups()];
    this.conflicted = new boolean[p.rounds][p.n];
  }

  Outcome run(long budgetNanos, long maxIterations) {
    long start = ticker.getAsLong();
    double bound = p.objectiveLowerBound();
    long iteration = 0;
    long lastImprovement = 0;
    while (bestCost > bound + EPSILON) {
      if (iteration >= maxIterations || ticker.getAsLong() - start >= budgetNanos || !step(++iteration)) {
        return new Outcome(best, StopReason.BUDGET);
      }
      if (current.cost() < bestCost - EPSILON) {
        bestCost = current.cost();
        best = current.snapshot();
        lastImprovement = iteration;
      } else if (current.cost() <= bestCost + EPSILON && random.nextInt(PLATEAU_SAMPLE) == 0) {
        best = current.snapshot(); // an equal on the plateau: restarts begin from different places
      } else if (iteration - lastImprovement > STALL) {
        restartNearBest();
        lastImprovement = iteration;
      }
    }
    return new Outcome(best, StopReason.OPTIMAL);
  }

  /**
   * Makes the best allowed swap, or, when every swap is tabu, the best of those; false when no swap is
   * possible at all.
   */
  private boolean step(long iteration) {
    boolean anyConflict = markConflicts();
    // Without conflicts only the mix can improve: one round and a sample of participants per step, so
    // that a step stays cheap in a large room.
    int fromRound = anyConflict ? 0 : random.nextInt(p.rounds);
    int toRound = anyConflict ? p.rounds : fromRound + 1;
    double sample = anyConflict ? 1 : Math.min(1, MIX_SAMPLE / (double) p.n);
    Choice allowed = new Choice(true);
    Choice tabuOnly = new Choice(false);
    for (int r = fromRound; r < toRound; r++) {
      int[] groupOf = current.group[r];
      for (int a = 0; a < p.n; a++) {
        if (p.frozen(a) || anyConflict && !conflicted[r][a] || sample < 1 && random.nextDouble() >= sample) {
          continue;
        }
        int ga = groupOf[a];
        for (int b = 0; b < p.n; b++) {
          int gb = groupOf[b];
          if (gb == ga || p.frozen(b) || conflicted[r][b] && b < a) {
            continue; // a pair of two candidates is looked at once
          }
          double delta = current.quickDelta(r, a, b);
          boolean free = tabu[r][a][gb] <= iteration && tabu[r][b][ga] <= iteration
              || current.cost() + delta < bestCost - EPSILON;
          (free ? allowed : tabuOnly).offer(r, a, b, delta);
        }
      }
    }
    Choice chosen = allowed.round >= 0 ? allowed : tabuOnly;
    if (chosen.round < 0) {
      return false;
    }
    tabu[chosen.round][chosen.a][current.group[chosen.round][chosen.a]] = iteration + TENURE + random.nextInt(TENURE_SPREAD);
    tabu[chosen.round][chosen.b][current.group[chosen.round][chosen.b]] = iteration + TENURE + random.nextInt(TENURE_SPREAD);
    current.swap(chosen.round, chosen.a, chosen.b);
    return true;
  }

  /**
   * The best swap offered so far; ties broken at random, or, for the fallback among tabu swaps, the first
   * kept, so that the fallback draws nothing from the random stream.
   */
  private final class Choice {
    final boolean randomTies;
    int round = -1;
    int a;
    int b;
    double delta = Double.MAX_VALUE;
    int ties;

    Choice(boolean randomTies) {
      this.randomTies = randomTies;
    }

    void offer(int r, int first, int second, double change) {
      if (change > delta + EPSILON) {
        return;
      }
      if (change < delta - EPSILON) {
        delta = change;
        ties = 1;
      } else if (!randomTies || random.nextInt(++ties) != 0) {
        return;
      }
      round = r;
      a = first;
      b = second;
    }
  }

  private boolean markConflicts() {
    boolean any = false;
    for (int r = 0; r < p.rounds; r++) {
      for (int i = 0; i < p.n; i++) {
        conflicted[r][i] = !p.frozen(i) && current.conflicted(r, i);
        any |= conflicted[r][i];
      }
    }
    return any;
  }

  private void restartNearBest() {
    current = Allocation.of(p, best);
    int swaps = PERTURBATION_SWAPS + random.nextInt(PERTURBATION_SPREAD);
    for (int k = 0; k < swaps; k++) {
      int r = random.nextInt(p.rounds);
      int a = random.nextInt(p.n);
      int b = random.nextInt(p.n);
      if (!p.frozen(a) && !p.frozen(b) && current.group[r][a] != current.group[r][b]) {
        current.swap(r, a, b);
      }
    }
  }
}
