package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Instances where no pair need meet twice are solved with zero repeats and stop at the bound. The
 * seeds are fixed and the search is stopped by its step limit, never by the clock, so the result does
 * not depend on the machine; the figures over several seeds are in {@code docs/benchmarks.md}.
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
  void givenThirtyTwoGolfers_whenMixingEightGroupsOfFourForEightRounds_thenNoPairMeetsTwice() {
    Mixing mixing = Rooms.mix(Rooms.request(Rooms.alike(32), new GroupShape.Size(4), 8, 1, 200_000));

    assertThat(mixing.quality().repeats()).isZero();
    assertThat(mixing.quality().lowerBound()).isZero();
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }
}
