package dk.kreds.domain.mixing;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.testdata.Actors;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rooms of participants and requests to mix them, for the mixer's tests. */
final class Rooms {

  static final LocalDate DAY = LocalDate.of(2015, 5, 26);

  private Rooms() {}

  /** {@code n} participants of one kind. */
  static List<Participant> alike(int n) {
    return Actors.ids(n).stream().map(id -> Participant.of(id, ActorKind.OTHER)).toList();
  }

  /** {@code n} participants whose kinds (of {@code kinds}) and regions (of three) take turns. */
  static List<Participant> mixed(int n, int kinds) {
    List<ActorId> ids = Actors.ids(n);
    List<Participant> room = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      room.add(new Participant(ids.get(i), ActorKind.values()[i % kinds], Optional.of("Region " + i % 3), Optional.empty()));
    }
    return room;
  }

  /** Groups of this shape for so many rounds, stopped after at most {@code steps} search steps. */
  static MixingRequest request(List<Participant> room, GroupShape shape, int rounds, long seed, long steps) {
    return MixingRequest.of(room, shape, rounds, DAY).withSeed(seed).withBudget(Duration.ofMinutes(1), steps);
  }

  static Mixing mix(MixingRequest request) {
    return DialogueMixer.mix(request, System::nanoTime);
  }

  /** The sum over pairs of (rounds together − 1), leaving out {@code kept}, and the most rounds a pair shares. */
  static int[] recount(List<List<List<ActorId>>> rounds, Set<Set<ActorId>> kept) {
    java.util.Map<Set<ActorId>, Integer> times = new java.util.HashMap<>();
    for (List<List<ActorId>> round : rounds) {
      for (List<ActorId> group : round) {
        for (int a = 0; a < group.size(); a++) {
          for (int b = a + 1; b < group.size(); b++) {
            Set<ActorId> pair = new HashSet<>(List.of(group.get(a), group.get(b)));
            if (!kept.contains(pair)) {
              times.merge(pair, 1, Integer::sum);
            }
          }
        }
      }
    }
    int repeats = times.values().stream().mapToInt(k -> k - 1).sum();
    int most = times.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new int[] {repeats, most};
  }
}
