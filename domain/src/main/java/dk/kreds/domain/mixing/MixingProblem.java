package dk.kreds.domain.mixing;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link MixingRequest} by index: participants 0..n-1, groups 0..G-1, the weight of each pair, the
 * units that move together, and the bounds the search stops at. Checks the constraints against each
 * other before any search starts.
 */
final class MixingProblem {

  /** The extra weight of each meeting of a pair beyond its second: the mixer keeps pairs to two meetings where it can. */
  private static final double THIRD_MEETING = 10;
  /** The weight of a broken keep-apart: more than every soft cost together. */
  static final double APART = 1e7;
  /** An encounter at an earlier meeting weighs 0.5 (long ago) to 0.9 (recent): always less than a repeat within the meeting. */
  private static final double EARLIER_BASE = 0.5;
  private static final double EARLIER_RECENCY = 0.4;
  /** How fast an earlier encounter fades: its recency halves every year. */
  private static final double HALF_LIFE_DAYS = 365.25;

  final MixingRequest request;
  final int n;
  final int rounds;
  final int[] size;
  final int[] kind;
  final int[] region;
  final double[][] kindTarget;
  final double[][] regionTarget;
  /** Per pair i*n+j: the earlier-encounter weight plus {@link #APART} for a keep-apart pair. */
  final double[] base;
  final boolean[] earlier;
  final boolean[] apart;
  /** The unit each participant belongs to: kept-together actors share one. */
  final int[] unit;
  final List<int[]> units = new ArrayList<>();
  /** The group each unit is pinned to, or -1. */
  final int[] unitPin;
  /** Weight of the diversity penalty: so small that all of it weighs less than half a repeat. */
  final double lambda;
  final Map<ActorId, Integer> index = new HashMap<>();
  private final List<MixingConstraint.KeepTogether> togethers = new ArrayList<>();
  private final List<MixingConstraint.Pin> pins = new ArrayList<>();

  MixingProblem(MixingRequest request) {
    this.request = request;
    this.n = request.participants().size();
    this.rounds = request.rounds();
    this.size = request.shape().sizes(n).stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < n; i++) {
      index.put(request.participants().get(i).actor(), i);
    }
    this.kind = categories(request.participants().stream().map(p -> p.kind().name()).toList());
    this.region = categories(request.participants().stream().map(p -> p.region().orElse("")).toList());
    this.kindTarget = targets(kind);
    this.regionTarget = targets(region);
    this.base = new double[n * n];
    this.earlier = new boolean[n * n];
    this.apart = new boolean[n * n];
    weighHistory();
    this.unit = new int[n];
    this.unitPin = new int[n];
    buildUnits();
    double worst = 0;
    for (int s : size) {
      worst += 4.0 * s * s;
    }
    this.lambda = 0.5 / (1 + rounds * worst);
  }

  int groups() {
    return size.length;
  }

  int pair(int i, int j) {
    return i * n + j;
  }

  /** Whether i and j are in one unit: kept together, so their meetings are wanted, not repeats. */
  boolean together(int i, int j) {
    return unit[i] == unit[j];
  }

  boolean frozen(int i) {
    return units.get(unit[i]).length > 1 || unitPin[unit[i]] >= 0;
  }

  // --- bounds -----------------------------------------------------------------------------------

  /** Pairs who sit together in one round, summed over the rounds, leaving out pairs kept together. */
  long pairMeetings() {
    long perRound = 0;
    for (int s : size) {
      perRound += (long) s * (s - 1) / 2;
    }
    return rounds * (perRound - keptPairs());
  }

  long freePairs() {
    return (long) n * (n - 1) / 2 - keptPairs();
  }

  private long keptPairs() {
    long kept = 0;
    for (int[] u : units) {
      kept += (long) u.length * (u.length - 1) / 2;
    }
    return kept;
  }

  /**
   * The least the search's objective can be: the pair meetings spread as evenly as possible over the
   * pairs (each costing {@link #pairCost f(k)}), the fixed cost of the kept-together pairs, and each
   * group's ideal mix.
   */
  double objectiveLowerBound() {
    long meetings = pairMeetings();
    long pairs = Math.max(1, freePairs());
    long even = meetings / pairs;
    long extra = meetings % pairs;
    double bound = extra * pairCost(even + 1) + (pairs - extra) * pairCost(even);
    for (int[] u : units) {
      for (int a = 0; a < u.length; a++) {
        for (int b = a + 1; b < u.length; b++) {
          bound += pairCost(rounds) + rounds * base[pair(u[a], u[b])];
        }
      }
    }
    double mix = 0;
    for (int g = 0; g < groups(); g++) {
      mix += idealMix(kindTarget[g], size[g]) + idealMix(regionTarget[g], size[g]);
    }
    return bound + lambda * rounds * mix;
  }

  static double choose2(long k) {
    return k * (k - 1) / 2.0;
  }

  /**
   * The cost of a pair who sits together in k rounds: C(k,2), so each repeat costs more than the one
   * before, plus a heavy weight for every meeting beyond the second.
   */
  static double pairCost(long k) {
    return choose2(k) + THIRD_MEETING * Math.max(0, k - 2);
  }

  /** What one more round together costs a pair who has sat together {@code k} times: f(k+1) − f(k). */
  double meetAgain(int k) {
    return k + (k >= 2 ? THIRD_MEETING : 0);
  }

  /** The smallest Σ (c − t)² for whole counts c adding up to {@code s}: the floors, then one more for the largest remainders. */
  private static double idealMix(double[] target, int s) {
    int[] c = new int[target.length];
    int left = s;
    for (int k = 0; k < target.length; k++) {
      c[k] = (int) Math.floor(target[k]);
      left -= c[k];
    }
    for (; left > 0; left--) {
      int most = 0;
      for (int k = 1; k < target.length; k++) {
        if (target[k] - c[k] > target[most] - c[most]) {
          most = k;
        }
      }
      c[most]++;
    }
    double sum = 0;
    for (int k = 0; k < target.length; k++) {
      sum += (c[k] - target[k]) * (c[k] - target[k]);
    }
    return sum;
  }

  // --- set-up -----------------------------------------------------------------------------------

  private static int[] categories(List<String> names) {
    Map<String, Integer> seen = new HashMap<>();
    return names.stream().mapToInt(name -> seen.computeIfAbsent(name, k -> seen.size())).toArray();
  }

  /** Per group and category: the count the group would have if it were a copy of the room. */
  private double[][] targets(int[] category) {
    int count = 0;
    for (int c : category) {
      count = Math.max(count, c + 1);
    }
    double[] share = new double[count];
    for (int c : category) {
      share[c] += 1.0 / n;
    }
    double[][] target = new double[size.length][count];
    for (int g = 0; g < size.length; g++) {
      for (int c = 0; c < count; c++) {
        target[g][c] = size[g] * share[c];
      }
    }
    return target;
  }

  private void weighHistory() {
    double[] recency = new double[n * n];
    for (Encounter e : request.history()) {
      Integer i = index.get(e.one());
      Integer j = index.get(e.other());
      if (i == null || j == null || i.equals(j)) {
        continue; // someone who is not here this time
      }
      long days = Math.max(0, ChronoUnit.DAYS.between(e.on(), request.day()));
      double weight = Math.pow(0.5, days / HALF_LIFE_DAYS);
      recency[pair(i, j)] = Math.min(1, recency[pair(i, j)] + weight);
      recency[pair(j, i)] = recency[pair(i, j)];
      earlier[pair(i, j)] = true;
      earlier[pair(j, i)] = true;
    }
    for (int p = 0; p < n * n; p++) {
      if (earlier[p]) {
        base[p] = EARLIER_BASE + EARLIER_RECENCY * recency[p];
      }
    }
  }

  private void buildUnits() {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<MixingConstraint.KeepApart> aparts = new ArrayList<>();
    for (MixingConstraint c : request.constraints()) {
      for (ActorId actor : c.actors()) {
        RuleViolation.require(index.containsKey(actor), Rule.MIXING_CONSTRAINT_UNKNOWN, c);
      }
      if (c instanceof MixingConstraint.KeepTogether t) {
        togethers.add(t);
        for (ActorId actor : t.actors()) {
          union(parent, index.get(t.actors().get(0)), index.get(actor));
        }
      } else if (c instanceof MixingConstraint.Pin p) {
        RuleViolation.require(p.group() >= 1 && p.group() <= groups(), Rule.MIXING_PIN_GROUP, p);
        pins.add(p);
      } else if (c instanceof MixingConstraint.KeepApart a) {
        aparts.add(a);
      }
    }
    Map<Integer, Integer> unitOfRoot = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int u = unitOfRoot.computeIfAbsent(find(parent, i), r -> {
        members.add(new ArrayList<>());
        return members.size() - 1;
      });
      unit[i] = u;
      members.get(u).add(i);
    }
    int largest = size[0];
    for (List<Integer> m : members) {
      units.add(m.stream().mapToInt(Integer::intValue).toArray());
      RuleViolation.require(m.size() <= largest, Rule.MIXING_TOGETHER_TOO_BIG, describe(togethersOf(m.get(0))));
    }
    Arrays.fill(unitPin, 0, units.size(), -1);
    for (MixingConstraint.Pin p : pins) {
      int u = unit[index.get(p.actor())];
      if (unitPin[u] >= 0 && unitPin[u] != p.group() - 1) {
        List<MixingConstraint> clash = new ArrayList<>(pinsOf(u));
        clash.addAll(togethersOf(units.get(u)[0]));
        throw new RuleViolation(Rule.MIXING_CONSTRAINT_CONFLICT, describe(clash));
      }
      unitPin[u] = p.group() - 1;
    }
    for (MixingConstraint.KeepApart a : aparts) {
      int i = index.get(a.one());
      int j = index.get(a.other());
      int ui = unit[i];
      int uj = unit[j];
      if (ui == uj || unitPin[ui] >= 0 && unitPin[ui] == unitPin[uj]) {
        List<MixingConstraint> clash = new ArrayList<>(List.of(a));
        clash.addAll(ui == uj ? togethersOf(i) : pinsOf(ui));
        if (ui != uj) {
          clash.addAll(pinsOf(uj));
        }
        throw new RuleViolation(Rule.MIXING_CONSTRAINT_CONFLICT, describe(clash));
      }
      apart[pair(i, j)] = true;
      apart[pair(j, i)] = true;
      base[pair(i, j)] += APART;
      base[pair(j, i)] += APART;
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** The keep-together constraints that reach participant {@code i}'s unit. */
  List<MixingConstraint> togethersOf(int i) {
    return togethers.stream()
        .filter(t -> t.actors().stream().anyMatch(a -> unit[index.get(a)] == unit[i]))
        .map(MixingConstraint.class::cast)
        .toList();
  }

  /** The pins on unit {@code u}. */
  List<MixingConstraint> pinsOf(int u) {
    return pins.stream().filter(p -> unit[index.get(p.actor())] == u).map(MixingConstraint.class::cast).toList();
  }

  /** The pins to group {@code g}. */
  List<MixingConstraint> pinsTo(int g) {
    return pins.stream().filter(p -> p.group() - 1 == g).map(MixingConstraint.class::cast).toList();
  }

  /** The conflicting constraints, as a person reads them. */
  static String describe(List<MixingConstraint> constraints) {
    return String.join("; ", constraints.stream().map(Object::toString).toList());
  }

  Optional<Integer> indexOf(ActorId actor) {
    return Optional.ofNullable(index.get(actor));
  }
}
