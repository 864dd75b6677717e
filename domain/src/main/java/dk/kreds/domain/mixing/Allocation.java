package dk.kreds.domain.mixing;

import java.util.Arrays;

/**
 * A (partial) allocation of a {@link MixingProblem} with its objective kept up to date move by move:
 * per pair the rounds together so far, per group the count of each kind and region.
 * Placing a participant, or swapping two within a round, costs time in the size of their groups only.
 *
 * <p>The objective is Σ over pairs of {@link MixingProblem#pairCost f(k)} + k·base (k = rounds together)
 * plus λ times Σ over groups of (count − target)² for kinds and regions; see {@code docs/mixing.md}.
 */
final class Allocation {

  final MixingProblem p;
  /** group[r][i]: the group of participant i in round r, or -1 while unplaced. */
  final int[][] group;
  /** members[r][g][0..fill[r][g]): the participants in the group. */
  final int[][][] members;
  final int[][] fill;
  private final int[][] slot;
  /** Per pair: rounds together so far. */
  private final int[] together;
  private final int[][][] kinds;
  private final int[][][] regions;
  /**
   * join[r][u][g]: what the pairs of u with the members of group g of round r would cost one meeting
   * more (u left out); leave[r][u]: what the pairs of u with its own group of round r would save with
   * one meeting less. Kept up to date so that a swap's change is read in constant time.
   */
  private final double[][][] join;
  private final double[][] leave;
  private double cost;

  Allocation(MixingProblem p) {
    this.p = p;
    int groups = p.groups();
    this.group = new int[p.rounds][p.n];
    this.members = new int[p.rounds][groups][];
    this.fill = new int[p.rounds][groups];
    this.slot = new int[p.rounds][p.n];
    this.kinds = new int[p.rounds][groups][p.kindTarget[0].length];
    this.regions = new int[p.rounds][groups][p.regionTarget[0].length];
    for (int r = 0; r < p.rounds; r++) {
      Arrays.fill(group[r], -1);
      for (int g = 0; g < groups; g++) {
        members[r][g] = new int[p.size[g]];
      }
    }
    this.together = new int[p.n * p.n];
    this.join = new double[p.rounds][p.n][groups];
    this.leave = new double[p.rounds][p.n];
    double mix = 0;
    for (int g = 0; g < groups; g++) {
      mix += squares(p.kindTarget[g]) + squares(p.regionTarget[g]);
    }
    this.cost = p.lambda * p.rounds * mix;
  }

  /** An allocation with every participant placed as {@code groups} says. */
  static Allocation of(MixingProblem p, int[][] groups) {
    Allocation a = new Allocation(p);
    for (int r = 0; r < p.rounds; r++) {
      for (int i = 0; i < p.n; i++) {
        a.place(r, i, groups[r][i]);
      }
    }
    return a;
  }

  private static double squares(double[] target) {
    double sum = 0;
    for (double t : target) {
      sum += t * t;
    }
    return sum;
  }

  double cost() {
    return cost;
  }

  boolean hasRoom(int r, int g, int count) {
    return fill[r][g] + count <= p.size[g];
  }

  /** What placing participant i in group g of round r would add to the objective. */
  double placeCost(int r, int i, int g) {
    double sum = 0;
    int[] m = members[r][g];
    for (int s = 0; s < fill[r][g]; s++) {
      int q = i * p.n + m[s];
      sum += p.meetAgain(together[q]) + p.base[q];
    }
    return sum + p.lambda * (grow(p.kindTarget[g], kinds[r][g], p.kind[i]) + grow(p.regionTarget[g], regions[r][g], p.region[i]));
  }

  void place(int r, int i, int g) {
    cost += placeCost(r, i, g);
    int[] m = members[r][g];
    for (int s = 0; s < fill[r][g]; s++) {
      meet(i, m[s], 1);
    }
    slot[r][i] = fill[r][g];
    m[fill[r][g]++] = i;
    enter(r, i, g);
    group[r][i] = g;
    recountLeave(r, g);
    kinds[r][g][p.kind[i]]++;
    regions[r][g][p.region[i]]++;
  }

  /**
   * What swapping a and b, in different groups of round r, would change the objective by, read from the
   * kept sums in constant time; equal to {@link #swapDelta} up to rounding.
   */
  double quickDelta(int r, int a, int b) {
    int ga = group[r][a];
    int gb = group[r][b];
    double ab = once(a * p.n + b);
    return join[r][b][ga] + join[r][a][gb] - 2 * ab - leave[r][a] - leave[r][b] + mixDelta(r, a, b, ga, gb);
  }

  private double mixDelta(int r, int a, int b, int ga, int gb) {
    return p.lambda * (exchange(p.kindTarget, kinds[r], ga, gb, p.kind[a], p.kind[b])
        + exchange(p.regionTarget, regions[r], ga, gb, p.region[a], p.region[b]));
  }

  /** What swapping a and b, in different groups of round r, would change the objective by, counted pair by pair. */
  double swapDelta(int r, int a, int b) {
    int ga = group[r][a];
    int gb = group[r][b];
    int n = p.n;
    double delta = 0;
    for (int x : members[r][ga]) {
      if (x != a) {
        delta += change(b * n + x, a * n + x);
      }
    }
    for (int y : members[r][gb]) {
      if (y != b) {
        delta += change(a * n + y, b * n + y);
      }
    }
    return delta + mixDelta(r, a, b, ga, gb);
  }

  /** What it costs that one pair starts meeting ({@code joins}) and another stops ({@code leaves}). */
  private double change(int joins, int leaves) {
    return p.meetAgain(together[joins]) + p.base[joins] - p.meetAgain(together[leaves] - 1) - p.base[leaves];
  }

  void swap(int r, int a, int b) {
    cost += swapDelta(r, a, b);
    int ga = group[r][a];
    int gb = group[r][b];
    for (int x : members[r][ga]) {
      if (x != a) {
        meet(a, x, -1);
        meet(b, x, 1);
      }
    }
    for (int y : members[r][gb]) {
      if (y != b) {
        meet(b, y, -1);
        meet(a, y, 1);
      }
    }
    members[r][ga][slot[r][a]] = b;
    members[r][gb][slot[r][b]] = a;
    int sa = slot[r][a];
    slot[r][a] = slot[r][b];
    slot[r][b] = sa;
    leaveGroup(r, a, ga);
    enter(r, a, gb);
    group[r][a] = gb;
    leaveGroup(r, b, gb);
    enter(r, b, ga);
    group[r][b] = ga;
    recountLeave(r, ga);
    recountLeave(r, gb);
    move(kinds[r], p.kind[a], ga, gb);
    move(kinds[r], p.kind[b], gb, ga);
    move(regions[r], p.region[a], ga, gb);
    move(regions[r], p.region[b], gb, ga);
  }

  /** Whether participant i meets, in round r, someone it should rather not: a repeat, an earlier encounter, a keep-apart. */
  boolean conflicted(int r, int i) {
    for (int x : members[r][group[r][i]]) {
      if (x != i && !p.together(i, x) && (together[i * p.n + x] > 1 || p.base[i * p.n + x] > 0)) {
        return true;
      }
    }
    return false;
  }

  /** Marks, in {@code met}, everyone participant i has met so far (or should not meet), and i itself. */
  void markMet(int i, boolean[] met) {
    met[i] = true;
    for (int w = 0; w < p.n; w++) {
      met[w] |= together[i * p.n + w] > 0 || p.base[i * p.n + w] > 0;
    }
  }

  /** How many participants neither z nor anyone marked in {@code met} has met yet. */
  int freedom(int z, boolean[] met) {
    int free = 0;
    for (int w = 0; w < p.n; w++) {
      if (!met[w] && w != z && together[z * p.n + w] == 0 && p.base[z * p.n + w] == 0) {
        free++;
      }
    }
    return free;
  }

  /** Whether any keep-apart pair shares a group. */
  boolean breaksKeepApart() {
    return cost >= MixingProblem.APART / 2;
  }

  int[][] snapshot() {
    int[][] copy = new int[group.length][];
    for (int r = 0; r < group.length; r++) {
      copy[r] = group[r].clone();
    }
    return copy;
  }

  /** One meeting more (or less) of i and j; the kept sums of every round follow. */
  private void meet(int i, int j, int times) {
    int q = i * p.n + j;
    double joinBefore = once(q);
    double leaveBefore = p.meetAgain(together[q] - 1);
    together[q] += times;
    together[j * p.n + i] += times;
    double joinChange = once(q) - joinBefore;
    double leaveChange = p.meetAgain(together[q] - 1) - leaveBefore;
    for (int r = 0; r < p.rounds; r++) {
      int gi = group[r][i];
      int gj = group[r][j];
      if (gj >= 0) {
        join[r][i][gj] += joinChange;
      }
      if (gi >= 0) {
        join[r][j][gi] += joinChange;
      }
      if (gi >= 0 && gi == gj) {
        leave[r][i] += leaveChange;
        leave[r][j] += leaveChange;
      }
    }
  }

  /** What one meeting more of pair q costs. */
  private double once(int q) {
    return p.meetAgain(together[q]) + p.base[q];
  }

  /** Participant i joins group g of round r: everyone's cost of joining g grows by their pair with i. */
  private void enter(int r, int i, int g) {
    for (int v = 0; v < p.n; v++) {
      if (v != i) {
        join[r][v][g] += once(v * p.n + i);
      }
    }
  }

  private void leaveGroup(int r, int i, int g) {
    for (int v = 0; v < p.n; v++) {
      if (v != i) {
        join[r][v][g] -= once(v * p.n + i);
      }
    }
  }

  /** Recounts, for the members of group g of round r, what one meeting less with their group saves. */
  private void recountLeave(int r, int g) {
    int[] m = members[r][g];
    for (int s = 0; s < fill[r][g]; s++) {
      double sum = 0;
      for (int t = 0; t < fill[r][g]; t++) {
        if (t != s) {
          sum += p.meetAgain(together[m[s] * p.n + m[t]] - 1) + p.base[m[s] * p.n + m[t]];
        }
      }
      leave[r][m[s]] = sum;
    }
  }

  /** Change of (c − t)² when the count of {@code category} grows by one. */
  private static double grow(double[] target, int[] count, int category) {
    return 2 * (count[category] - target[category]) + 1;
  }

  /** Change of (c − t)² when the count of {@code category} shrinks by one. */
  private static double shrink(double[] target, int[] count, int category) {
    return -2 * (count[category] - target[category]) + 1;
  }

  /** Change of the mix penalty when a (category ca) goes from ga to gb and b (category cb) the other way. */
  private static double exchange(double[][] target, int[][] count, int ga, int gb, int ca, int cb) {
    if (ca == cb) {
      return 0;
    }
    return shrink(target[ga], count[ga], ca) + grow(target[ga], count[ga], cb)
        + grow(target[gb], count[gb], ca) + shrink(target[gb], count[gb], cb);
  }

  private static void move(int[][] count, int category, int from, int to) {
    count[from][category]--;
    count[to][category]++;
  }
}
