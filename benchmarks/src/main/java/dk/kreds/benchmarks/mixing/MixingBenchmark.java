package dk.kreds.benchmarks.mixing;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.mixing.Encounter;
import dk.kreds.domain.mixing.GroupShape;
import dk.kreds.domain.mixing.Mixing;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.mixing.Participant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * The dialogue mixer on the instances of issue 5, three fixed seeds each, against a random split of the
 * same rooms (the baseline). Prints one Markdown row per instance for {@code docs/benchmarks.md}:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dk.kreds.benchmarks.mixing.MixingBenchmark</pre>
 */
public final class MixingBenchmark {

  private static final long[] SEEDS = {1, 2, 3};
  private static final LocalDate DAY = LocalDate.of(2015, 5, 26);

  private MixingBenchmark() {}

  /** One instance: the room, the shape, the rounds, the history and the time budget. */
  record Instance(String name, List<Participant> room, GroupShape shape, int rounds, List<Encounter> history, Duration budget) {}

  public static void main(String[] args) {
    List<Instance> instances = List.of(
        new Instance("15 = 5×3 × 7 (Kirkman)", alike(15), new GroupShape.Count(5), 7, List.of(), Duration.ofSeconds(2)),
        new Instance("32 = 8×4 × 8", alike(32), new GroupShape.Count(8), 8, List.of(), Duration.ofSeconds(10)),
        new Instance("32 = 8×4 × 9", alike(32), new GroupShape.Count(8), 9, List.of(), Duration.ofSeconds(10)),
        new Instance("32 = 8×4 × 10", alike(32), new GroupShape.Count(8), 10, List.of(), Duration.ofSeconds(10)),
        new Instance("22 mixed kinds, 8/7/7 × 4", stormoede(), new GroupShape.Sizes(List.of(8, 7, 7)), 4, List.of(),
            Duration.ofSeconds(2)),
        new Instance("100 = 10×10 × 5", alike(100), new GroupShape.Count(10), 5, List.of(), Duration.ofSeconds(10)),
        new Instance("300 in 30 groups × 3, 2 earlier meetings", large(), new GroupShape.Count(30), 3, history(large()),
            Duration.ofSeconds(2)));
    System.out.println("| instance | budget | repeats (seeds 1, 2, 3) | lower bound | max pair meetings | earlier encounters | "
        + "diversity | fewest kinds in a group | stopped by | wall min / median | random split: repeats, max pair, earlier, diversity |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Instance instance : instances) {
      run(instance);
    }
  }

  private static void run(Instance instance) {
    List<Mixing> results = new ArrayList<>();
    for (long seed : SEEDS) {
      MixingRequest request = MixingRequest.of(instance.room(), instance.shape(), instance.rounds(), DAY)
          .withHistory(instance.history()).withSeed(seed).withBudget(instance.budget(), Long.MAX_VALUE);
      results.add(DialogueMixer.mix(request, System::nanoTime));
    }
    MixingRequest request = MixingRequest.of(instance.room(), instance.shape(), instance.rounds(), DAY).withHistory(instance.history());
    MixingQuality random = DialogueMixer.assess(request, randomSplit(instance, request, new Random(1)));
    List<Long> millis = results.stream().map(Mixing::millis).sorted().toList();
    System.out.printf(Locale.ROOT, "| %s | %d s | %s | %d | %s | %s | %s | %s | %s | %d / %d ms | %d, %d, %d, %.3f |%n",
        instance.name(), instance.budget().toSeconds(),
        join(results, m -> String.valueOf(m.quality().repeats())),
        results.get(0).quality().lowerBound(),
        join(results, m -> String.valueOf(m.quality().maxPairMeetings())),
        join(results, m -> String.valueOf(m.quality().earlierEncounters())),
        join(results, m -> String.format(Locale.ROOT, "%.3f", m.quality().diversity())),
        join(results, m -> String.valueOf(fewestKinds(instance, m))),
        join(results, m -> m.stoppedBy().name()),
        millis.get(0), millis.get(1),
        random.repeats(), random.maxPairMeetings(), random.earlierEncounters(), random.diversity());
  }

  private static String join(List<Mixing> results, java.util.function.Function<Mixing, String> figure) {
    return String.join(", ", results.stream().map(figure).toList());
  }

  /** The fewest kinds of actor any group holds, over every round. */
  private static long fewestKinds(Instance instance, Mixing mixing) {
    return mixing.rounds().stream().flatMap(List::stream)
        .mapToLong(group -> group.stream().map(id -> kindOf(instance, id)).distinct().count())
        .min().orElse(0);
  }

  private static ActorKind kindOf(Instance instance, ActorId id) {
    return instance.room().stream().filter(p -> p.actor().equals(id)).findFirst().orElseThrow().kind();
  }

  /** Each round shuffled and cut into the instance's group sizes. */
  private static List<List<List<ActorId>>> randomSplit(Instance instance, MixingRequest request, Random random) {
    List<Integer> sizes = instance.shape().sizes(instance.room().size());
    List<List<List<ActorId>>> rounds = new ArrayList<>();
    for (int r = 0; r < request.rounds(); r++) {
      List<ActorId> order = new ArrayList<>(instance.room().stream().map(Participant::actor).toList());
      Collections.shuffle(order, random);
      List<List<ActorId>> round = new ArrayList<>();
      int from = 0;
      for (int size : sizes) {
        round.add(order.subList(from, from + size));
        from += size;
      }
      rounds.add(round);
    }
    return rounds;
  }

  private static ActorId id(int i) {
    return new ActorId(new UUID(0, i + 1));
  }

  private static List<Participant> alike(int n) {
    List<Participant> room = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      room.add(Participant.of(id(i), ActorKind.OTHER));
    }
    return room;
  }

  /** 22 actors of seven kinds, as in a room like the Stormøde of 2014. */
  private static List<Participant> stormoede() {
    ActorKind[] kinds = {
      ActorKind.EDUCATION, ActorKind.EDUCATION, ActorKind.EDUCATION, ActorKind.EDUCATION,
      ActorKind.INTEREST_ORGANISATION, ActorKind.INTEREST_ORGANISATION, ActorKind.INTEREST_ORGANISATION,
      ActorKind.NGO, ActorKind.NGO, ActorKind.NGO, ActorKind.NGO,
      ActorKind.PUBLIC_BODY, ActorKind.PUBLIC_BODY, ActorKind.PUBLIC_BODY,
      ActorKind.FUND, ActorKind.FUND,
      ActorKind.NETWORK, ActorKind.NETWORK, ActorKind.NETWORK, ActorKind.NETWORK,
      ActorKind.RESEARCH, ActorKind.RESEARCH};
    List<Participant> room = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      room.add(Participant.of(id(i), kinds[i]));
    }
    return room;
  }

  /** 300 actors of ten kinds in five regions. */
  private static List<Participant> large() {
    ActorKind[] kinds = ActorKind.values();
    List<Participant> room = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      room.add(new Participant(id(i), kinds[i % 10], Optional.of("Region " + i % 5), Optional.empty()));
    }
    return room;
  }

  /** Two earlier meetings, six and twelve months back, each a random split into 30 groups. */
  private static List<Encounter> history(List<Participant> room) {
    Random random = new Random(42);
    List<Encounter> encounters = new ArrayList<>();
    for (int months : new int[] {6, 12}) {
      List<ActorId> order = new ArrayList<>(room.stream().map(Participant::actor).toList());
      Collections.shuffle(order, random);
      for (int g = 0; g < 30; g++) {
        List<ActorId> group = order.subList(10 * g, 10 * g + 10);
        for (int a = 0; a < group.size(); a++) {
          for (int b = a + 1; b < group.size(); b++) {
            encounters.add(new Encounter(group.get(a), group.get(b), DAY.minusMonths(months)));
          }
        }
      }
    }
    return encounters;
  }
}
