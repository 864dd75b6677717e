package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instances where no pair need meet twice are solved with zero repeats and stop at the bound. The
 * seeds are fixed and the search is stopped by its step limit, never by the clock, so the result does
 * not depend on the machine; the figures over several seeds are in {@code docs/benchmarks.md}. The
 * rooms of 32 in groups of 4 start from the affine construction; the others test the search itself.
 */
class KnownInstancesTest {

  @Test
  void givenKirkmansFifteenSchoolgirls_whenMixingFiveGroupsOfThreeForSevenDays_thenNoPairMeetsTwice() {
    Mixing mixing = Rooms.mix(Rooms.request(Rooms.alike(15), new GroupShape.Count(5), 7, 1, 200_000));

    assertThat(mixing.quality().repeats()).isZero();
    assertThat(mixing.quality().maxPairMeetings()).isEqualTo(1);
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }

  @Test
  void givenEighteenInSixGroupsOfThree_whenMixingEightRounds_thenTheSearchFindsNoPairMeetingTwice() {
    Mixing mixing = Rooms.mix(Rooms.request(Rooms.alike(18), new GroupShape.Count(6), 8, 2, 100_000));

    assertThat(mixing.quality().repeats()).isZero();
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }

  @Test
  void givenThirtyTwoGolfers_whenMixingEightGroupsOfFourForTenRounds_thenTheSearchLeavesTheAffineStartForNoRepeat() {
    Mixing mixing = Rooms.mix(Rooms.request(Rooms.alike(32), new GroupShape.Size(4), 10, 2, 100_000));

    assertThat(mixing.quality().repeats()).isZero();
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9})
  void givenThirtyTwoGolfers_whenMixingEightGroupsOfFourForEightOrNineRounds_thenNoPairMeetsTwice(int rounds) {
    for (long seed = 1; seed <= 3; seed++) {
      Mixing mixing = Rooms.mix(Rooms.request(Rooms.alike(32), new GroupShape.Size(4), rounds, seed, 200_000));

      assertThat(mixing.quality().repeats()).as("seed %d", seed).isZero();
      assertThat(mixing.quality().lowerBound()).isZero();
      assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
    }
  }
}
