package dk.kreds.domain.mixing;

/**
 * The reported mix: for each group of each round, one minus the total-variation distance between the
 * group's shares of kinds and the room's (1 when the group is a copy of the room), averaged over the
 * groups; likewise for regions; the mean of the two, counting only what varies in the room.
 */
final class Diversity {

  private Diversity() {}

  static double of(MixingProblem p, int[][] groups) {
    double sum = 0;
    int parts = 0;
    if (p.kindTarget[0].length > 1) {
      sum += closeness(p, groups, p.kind, p.kindTarget);
      parts++;
    }
    if (p.regionTarget[0].length > 1) {
      sum += closeness(p, groups, p.region, p.regionTarget);
      parts++;
    }
    return parts == 0 ? 1.0 : sum / parts;
  }

  private static double closeness(MixingProblem p, int[][] groups, int[] category, double[][] target) {
    int categories = target[0].length;
    double[] share = new double[categories];
    for (int c : category) {
      share[c] += 1.0 / p.n;
    }
    double total = 0;
    int counted = 0;
    for (int[] groupOf : groups) {
      int[][] count = new int[p.groups()][categories];
      int[] size = new int[p.groups()];
      for (int i = 0; i < p.n; i++) {
        count[groupOf[i]][category[i]]++;
        size[groupOf[i]]++;
      }
      for (int g = 0; g < p.groups(); g++) {
        double distance = 0;
        for (int c = 0; c < categories; c++) {
          distance += Math.abs((double) count[g][c] / size[g] - share[c]);
        }
        total += 1 - distance / 2;
        counted++;
      }
    }
    return total / counted;
  }
}
