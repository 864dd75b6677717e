package dk.kreds.domain.mixing;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An extra start for rooms of q^k participants in groups of q^m (q prime) with no constraints: the
 * participants are the vectors of GF(q)^k, and the groups of a round are the cosets of an m-dimensional
 * subspace. Two subspaces that share only the zero vector give two rounds in which no pair meets twice
 * (parallel classes of the affine geometry AG(k, q)), so as many rounds as pairwise disjoint subspaces
 * are found start with no repeat; e.g. nine rounds of 32 in groups of 4. The rounds beyond those are
 * left to the greedy start, and the search takes whichever start costs less.
 */
final class AffineStart {

  /** Random subspaces drawn per attempt, and attempts: enough to find nine disjoint planes of GF(2)^5 every time in a few milliseconds, and to give up soon where the bound cannot be reached. */
  private static final int DRAWS = 400;
  private static final int ATTEMPTS = 50;

  private final int q;
  private final int k;
  private final int m;

  private AffineStart(int q, int k, int m) {
    this.q = q;
    this.k = k;
    this.m = m;
  }

  /** The start, when the room has the shape this construction covers. */
  static Optional<Allocation> build(MixingProblem p, SplittableRandom random) {
    return shapeOf(p).map(affine -> affine.allocate(p, random));
  }

  /**
   * q, k and m with n = q^k and every group of q^m, q prime, 2m ≤ k (else any two such subspaces share a
   * nonzero vector); empty for any other room or any constraint.
   */
  private static Optional<AffineStart> shapeOf(MixingProblem p) {
    int s = p.size[0];
    if (!p.request.constraints().isEmpty() || s < 2 || p.size[p.groups() - 1] != s) {
      return Optional.empty();
    }
    int q = smallestFactor(s);
    int m = log(s, q);
    int k = log(p.n, q);
    return m > 0 && 2 * m <= k ? Optional.of(new AffineStart(q, k, m)) : Optional.empty();
  }

  private static int smallestFactor(int s) {
    for (int f = 2; f * f <= s; f++) {
      if (s % f == 0) {
        return f;
      }
    }
    return s;
  }

  /** The e with q^e = x, or 0 when x is no power of q. */
  private static int log(int x, int q) {
    int e = 0;
    for (; x > 1 && x % q == 0; x /= q) {
      e++;
    }
    return x == 1 ? e : 0;
  }

  private Allocation allocate(MixingProblem p, SplittableRandom random) {
    int[][] subspaces = disjointSubspaces(Math.min(p.rounds, maxDisjoint()), random);
    Allocation a = new Allocation(p);
    for (int r = 0; r < subspaces.length; r++) {
      int[] coset = cosets(subspaces[r]);
      for (int x = 0; x < p.n; x++) {
        a.place(r, x, coset[x]);
      }
    }
    return GreedyStart.fill(a, subspaces.length, random);
  }

  /** No more m-dimensional subspaces can share only the zero vector than the nonzero vectors allow. */
  private int maxDisjoint() {
    return (pow(k) - 1) / (pow(m) - 1);
  }

  /**
   * Up to {@code wanted} m-dimensional subspaces, each as its q^m vectors, no two sharing a nonzero
   * vector: random subspaces added greedily when they fit, the best of several attempts.
   */
  private int[][] disjointSubspaces(int wanted, SplittableRandom random) {
    int[][] best = new int[0][];
    for (int attempt = 0; attempt < ATTEMPTS && best.length < wanted; attempt++) {
      boolean[] used = new boolean[pow(k)];
      int[][] found = new int[wanted][];
      int count = 0;
      for (int draw = 0; draw < DRAWS && count < wanted; draw++) {
        int[] span = span(random);
        if (span != null && Arrays.stream(span).noneMatch(v -> v != 0 && used[v])) {
          Arrays.stream(span).forEach(v -> used[v] = true);
          found[count++] = span;
        }
      }
      if (count > best.length) {
        best = Arrays.copyOf(found, count);
      }
    }
    return best;
  }

  /** The span of m random vectors, or null when they are dependent. */
  private int[] span(SplittableRandom random) {
    int[] span = {0};
    for (int b = 0; b < m; b++) {
      int v = random.nextInt(1, pow(k));
      int[] grown = new int[span.length * q];
      for (int c = 0; c < q; c++) {
        for (int j = 0; j < span.length; j++) {
          grown[c * span.length + j] = add(span[j], times(c, v));
        }
      }
      if (Arrays.stream(grown).distinct().count() < grown.length) {
        return null;
      }
      span = grown;
    }
    return span;
  }

  /** Per vector, the index of its coset x + U. */
  private int[] cosets(int[] subspace) {
    int[] coset = new int[pow(k)];
    Arrays.fill(coset, -1);
    int next = 0;
    for (int x = 0; x < coset.length; x++) {
      if (coset[x] < 0) {
        for (int u : subspace) {
          coset[add(x, u)] = next;
        }
        next++;
      }
    }
    return coset;
  }

  /** Vectors of GF(q)^k as numbers in base q, added digit by digit modulo q. */
  private int add(int x, int y) {
    int sum = 0;
    for (int place = 1; x > 0 || y > 0; place *= q, x /= q, y /= q) {
      sum += (x % q + y % q) % q * place;
    }
    return sum;
  }

  private int times(int c, int v) {
    int product = 0;
    for (int i = 0; i < c; i++) {
      product = add(product, v);
    }
    return product;
  }

  private int pow(int e) {
    int x = 1;
    for (int i = 0; i < e; i++) {
      x *= q;
    }
    return x;
  }
}
