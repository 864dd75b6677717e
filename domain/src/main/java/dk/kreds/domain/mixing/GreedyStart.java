package dk.kreds.domain.mixing;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The search's starting point, built round by round: pinned units first, then the other kept-together
 * units largest first, each into the group with most room, then the groups filled one by one with the
 * single that adds least to the objective. Later rounds see the meetings of earlier ones, so the start
 * already avoids most repeats.
 */
final class GreedyStart {

  private GreedyStart() {}

  /**
   * @throws RuleViolation {@code mixing.group.full} when the pinned and kept-together actors do not fit
   */
  static Allocation build(MixingProblem p, SplittableRandom random) {
    return fill(new Allocation(p), 0, random);
  }

  /**
   * Fills the rounds from {@code fromRound} on, seeing the meetings of the rounds before.
   *
   * @throws RuleViolation {@code mixing.group.full} when the pinned and kept-together actors do not fit
   */
  static Allocation fill(Allocation a, int fromRound, SplittableRandom random) {
    for (int r = fromRound; r < a.p.rounds; r++) {
      fillRound(a, r, random);
    }
    return a;
  }

  /**
   * Fills round r, which is empty, seeing the meetings of every round placed so far.
   *
   * @throws RuleViolation {@code mixing.group.full} when the pinned and kept-together actors do not fit
   */
  private static void fillRound(Allocation a, int r, SplittableRandom random) {
    MixingProblem p = a.p;
    List<int[]> pinned = new ArrayList<>();
    List<int[]> blocks = new ArrayList<>();
    List<Integer> singles = new ArrayList<>();
    for (int u = 0; u < p.units.size(); u++) {
      int[] members = p.units.get(u);
      if (p.unitPin[u] >= 0) {
        pinned.add(members);
      } else if (members.length > 1) {
        blocks.add(members);
      } else {
        singles.add(members[0]);
      }
    }
    blocks.sort(Comparator.comparingInt((int[] m) -> m.length).reversed());
    for (int[] members : pinned) {
      int g = p.unitPin[p.unit[members[0]]];
      RuleViolation.require(a.hasRoom(r, g, members.length), Rule.MIXING_GROUP_FULL, MixingProblem.describe(pinsAndBlocks(p, g, members)));
      placeAll(a, r, members, g);
    }
    for (int[] members : blocks) {
      placeAll(a, r, members, best(a, r, members, random));
    }
    fillWithSingles(a, r, singles, random);
  }

  /**
   * Fills the groups one after the other with the single that adds least to the objective; among equals,
   * the one that keeps the group's freedom largest (the participants none of its members has met yet),
   * after Triska and Musliu's greedy start for the social golfer problem.
   */
  private static void fillWithSingles(Allocation a, int r, List<Integer> left, SplittableRandom random) {
    MixingProblem p = a.p;
    double weight = 0.4 / p.n;
    shuffle(left, random);
    boolean[] metByGroup = new boolean[p.n];
    for (int g = 0; g < p.groups(); g++) {
      Arrays.fill(metByGroup, false);
      for (int s = 0; s < a.fill[r][g]; s++) {
        a.markMet(a.members[r][g][s], metByGroup);
      }
      while (a.hasRoom(r, g, 1)) {
        int chosen = -1;
        double least = Double.MAX_VALUE;
        for (int c = 0; c < left.size(); c++) {
          int z = left.get(c);
          double score = a.placeCost(r, z, g) - weight * a.freedom(z, metByGroup);
          if (score < least - 1e-12) {
            least = score;
            chosen = c;
          }
        }
        int z = left.remove(chosen);
        a.place(r, z, g);
        a.markMet(z, metByGroup);
      }
    }
  }

  private static List<MixingConstraint> pinsAndBlocks(MixingProblem p, int g, int[] members) {
    List<MixingConstraint> named = new ArrayList<>(p.pinsTo(g));
    named.addAll(p.togethersOf(members[0]));
    return named;
  }

  private static void placeAll(Allocation a, int r, int[] members, int g) {
    for (int i : members) {
      a.place(r, i, g);
    }
  }

  /**
   * The group with the most room left for a kept-together unit, which keeps the most freedom for the
   * others (a keep-apart among them, say); among those, where it costs least; ties at random.
   */
  private static int best(Allocation a, int r, int[] members, SplittableRandom random) {
    int chosen = -1;
    int room = 0;
    double least = Double.MAX_VALUE;
    int ties = 0;
    for (int g = 0; g < a.p.groups(); g++) {
      int left = a.p.size[g] - a.fill[r][g];
      if (left < members.length || left < room) {
        continue;
      }
      double cost = 0;
      for (int i : members) {
        cost += a.placeCost(r, i, g);
      }
      if (left > room || cost < least - 1e-12) {
        room = left;
        least = cost;
        chosen = g;
        ties = 1;
      } else if (Math.abs(cost - least) <= 1e-12 && random.nextInt(++ties) == 0) {
        chosen = g;
      }
    }
    RuleViolation.require(chosen >= 0, Rule.MIXING_GROUP_FULL, MixingProblem.describe(a.p.togethersOf(members[0])));
    return chosen;
  }

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
