package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The kept sums that let the search read a swap's change in constant time agree with a count pair by pair. */
class AllocationTest {

  @Property(tries = 20)
  void theQuickDeltaOfEverySwapIsTheChangeCountedPairByPair(@ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<Participant> room = Rooms.mixed(30, 4);
    List<Encounter> history = new ArrayList<>();
    for (int i = 0; i + 7 < room.size(); i += 2) {
      history.add(new Encounter(room.get(i).actor(), room.get(i + 7).actor(), Rooms.DAY.minusMonths(6 + i)));
    }
    MixingRequest request = Rooms.request(room, new GroupShape.Count(6), 3, seed, 0).withHistory(history)
        .withConstraints(List.of(new MixingConstraint.KeepApart(room.get(1).actor(), room.get(2).actor())));
    MixingProblem problem = new MixingProblem(request);
    SplittableRandom random = new SplittableRandom(seed);
    Allocation allocation = GreedyStart.build(problem, random);

    for (int step = 0; step < 2_000; step++) {
      int r = random.nextInt(problem.rounds);
      int a = random.nextInt(problem.n);
      int b = random.nextInt(problem.n);
      if (allocation.group[r][a] != allocation.group[r][b]) {
        assertThat(allocation.quickDelta(r, a, b)).isCloseTo(allocation.swapDelta(r, a, b), within(1e-6));
        allocation.swap(r, a, b);
      }
    }
    assertThat(allocation.cost()).isCloseTo(Allocation.of(problem, allocation.snapshot()).cost(), within(1e-6));
  }
}
