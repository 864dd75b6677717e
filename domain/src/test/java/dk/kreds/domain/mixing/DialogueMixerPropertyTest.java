package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every mixing satisfies, for rooms of 2–24 with random kinds, 1–n groups, 1–4 rounds, and, where
 * they surely fit, a pin, a keep-apart (three groups or more) and a keep-together (groups of two or more). Stopped after a few hundred steps, so each try is quick
 * and does not depend on the machine's speed.
 */
class DialogueMixerPropertyTest {

  @Property(tries = 80)
  void everyRoundIsAPartitionIntoGroupsWhoseSizesDifferByAtMostOne(@ForAll("instances") Instance instance) {
    Mixing mixing = Rooms.mix(instance.request());

    assertThat(mixing.rounds()).hasSize(instance.request().rounds()).allSatisfy(round -> {
      assertThat(round).hasSize(instance.groups());
      assertThat(round.stream().flatMap(List::stream).toList())
          .containsExactlyInAnyOrderElementsOf(instance.request().participants().stream().map(Participant::actor).toList());
      IntSummaryStatistics sizes = round.stream().mapToInt(List::size).summaryStatistics();
      assertThat(sizes.getMax() - sizes.getMin()).isLessThanOrEqualTo(1);
    });
  }

  @Property(tries = 80)
  void theHardConstraintsHoldInEveryRound(@ForAll("instances") Instance instance) {
    Mixing mixing = Rooms.mix(instance.request());

    for (List<List<ActorId>> round : mixing.rounds()) {
      for (MixingConstraint c : instance.request().constraints()) {
        if (c instanceof MixingConstraint.Pin pin) {
          assertThat(round.get(pin.group() - 1)).as(c.toString()).contains(pin.actor());
        } else {
          long groupsHoldingThem = round.stream().filter(g -> g.stream().anyMatch(c.actors()::contains)).count();
          assertThat(groupsHoldingThem).as(c.toString()).isEqualTo(c instanceof MixingConstraint.KeepApart ? 2 : 1);
        }
      }
    }
  }

  @Property(tries = 80)
  void theReportedRepeatsAreARecountOfTheGroups(@ForAll("instances") Instance instance) {
    Mixing mixing = Rooms.mix(instance.request());

    int[] recount = Rooms.recount(mixing.rounds(), instance.kept());
    assertThat(mixing.quality().repeats()).isEqualTo(recount[0]);
    assertThat(mixing.quality().maxPairMeetings()).isEqualTo(recount[1]);
    assertThat(mixing.quality().repeats()).isGreaterThanOrEqualTo(mixing.quality().lowerBound());
    assertThat(DialogueMixer.assess(instance.request(), mixing.rounds())).isEqualTo(mixing.quality());
  }

  @Property(tries = 50)
  void theSameSeedGivesTheSameGroups(@ForAll("instances") Instance instance) {
    Mixing once = Rooms.mix(instance.request());
    Mixing again = Rooms.mix(instance.request());

    assertThat(again.rounds()).isEqualTo(once.rounds());
    assertThat(again.quality()).isEqualTo(once.quality());
    assertThat(again.stoppedBy()).isEqualTo(once.stoppedBy());
  }

  @Provide
  Arbitrary<Instance> instances() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 24),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(ActorKind.class).list().ofSize(24),
            Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as(Instance::of);
  }

  /** A random instance; its constraints are the ones that always fit the shape. */
  record Instance(MixingRequest request, int groups, Set<Set<ActorId>> kept) {
    static Instance of(int n, double share, int rounds, List<ActorKind> kinds, long seed, boolean constrained) {
      int groups = 1 + (int) (share * (n - 1));
      List<Participant> room = new ArrayList<>();
      List<Participant> alike = Rooms.alike(n);
      for (int i = 0; i < n; i++) {
        room.add(new Participant(alike.get(i).actor(), kinds.get(i), Optional.of("Region " + i % 2), Optional.empty()));
      }
      List<MixingConstraint> constraints = new ArrayList<>();
      Set<Set<ActorId>> kept = new HashSet<>();
      if (constrained) {
        constraints.add(new MixingConstraint.Pin(room.get(0).actor(), 1));
        if (groups >= 3) {
          constraints.add(new MixingConstraint.KeepApart(room.get(1).actor(), room.get(2).actor()));
        }
        if (n >= 5 && n / groups >= 2) {
          constraints.add(new MixingConstraint.KeepTogether(List.of(room.get(3).actor(), room.get(4).actor())));
          kept.add(Set.of(room.get(3).actor(), room.get(4).actor()));
        }
      }
      MixingRequest request = Rooms.request(room, new GroupShape.Count(groups), rounds, seed, 300).withConstraints(constraints);
      return new Instance(request, groups, kept);
    }
  }
}
