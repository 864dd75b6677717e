package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The affine start covers rooms of q^k in groups of q^m, and only those, with rounds in which no pair meets twice. */
class AffineStartTest {

  @ParameterizedTest(name = "{0} in groups of {1} for {2} rounds")
  @CsvSource({"16, 4, 5", "25, 5, 6", "32, 4, 9", "49, 7, 8", "81, 9, 10"})
  void givenARoomOfAPrimePowerInGroupsOfASmallerPower_whenStarting_thenNoPairMeetsTwice(int n, int size, int rounds) {
    MixingProblem problem = new MixingProblem(Rooms.request(Rooms.alike(n), new GroupShape.Size(size), rounds, 1, 0));

    Allocation start = AffineStart.build(problem, new SplittableRandom(1)).orElseThrow();

    assertThat(start.cost()).isLessThan(1e-9);
  }

  @ParameterizedTest(name = "{0} in groups of {1}")
  @CsvSource({"15, 3", "24, 4", "100, 10", "27, 9", "30, 5"})
  void givenARoomOfAnotherShape_whenStarting_thenThereIsNoAffineStart(int n, int size) {
    MixingProblem problem = new MixingProblem(Rooms.request(Rooms.alike(n), new GroupShape.Size(size), 3, 1, 0));

    assertThat(AffineStart.build(problem, new SplittableRandom(1))).isEmpty();
  }

  @Test
  void givenAKeepApart_whenStarting_thenThereIsNoAffineStart() {
    List<Participant> room = Rooms.alike(16);
    MixingRequest request = Rooms.request(room, new GroupShape.Size(4), 3, 1, 0)
        .withConstraints(List.of(new MixingConstraint.KeepApart(room.get(0).actor(), room.get(1).actor())));

    assertThat(AffineStart.build(new MixingProblem(request), new SplittableRandom(1))).isEmpty();
  }
}
