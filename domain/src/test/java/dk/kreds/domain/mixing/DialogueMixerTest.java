package dk.kreds.domain.mixing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The mixer's choices beyond the hard rules: earlier meetings, the mix of kinds, recounting a changed allocation. */
class DialogueMixerTest {

  @Test
  void givenPairsWhoMetLastTime_whenMixingAgain_thenNoneOfThemSitTogether() {
    List<Participant> room = Rooms.alike(12);
    List<Encounter> history = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      for (int a = 0; a < 3; a++) {
        for (int b = a + 1; b < 3; b++) {
          history.add(new Encounter(room.get(3 * g + a).actor(), room.get(3 * g + b).actor(), Rooms.DAY.minusMonths(6)));
        }
      }
    }

    Mixing mixing = Rooms.mix(Rooms.request(room, new GroupShape.Count(4), 1, 1, 10_000).withHistory(history));

    assertThat(mixing.quality().earlierEncounters()).isZero();
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }

  @Test
  void givenOnlyRoomForSomeEarlierPairs_whenMixing_thenTheLongAgoPairsSitTogetherRatherThanTheRecent() {
    List<Participant> room = Rooms.alike(4);
    ActorId a = room.get(0).actor();
    ActorId b = room.get(1).actor();
    ActorId c = room.get(2).actor();
    ActorId d = room.get(3).actor();
    // Two groups of two: {a,b}{c,d}, {a,c}{b,d} or {a,d}{b,c}. The last pairs met long ago, the others recently.
    List<Encounter> history = List.of(
        new Encounter(a, b, Rooms.DAY.minusMonths(6)), new Encounter(c, d, Rooms.DAY.minusMonths(6)),
        new Encounter(a, c, Rooms.DAY.minusMonths(6)), new Encounter(b, d, Rooms.DAY.minusMonths(6)),
        new Encounter(a, d, Rooms.DAY.minusYears(5)), new Encounter(b, c, Rooms.DAY.minusYears(5)));

    Mixing mixing = Rooms.mix(Rooms.request(room, new GroupShape.Count(2), 1, 1, 1_000).withHistory(history));

    assertThat(mixing.rounds().get(0)).extracting(Set::copyOf).containsExactlyInAnyOrder(Set.of(a, d), Set.of(b, c));
  }

  @Test
  void givenThreeKindsOfFourEach_whenMixingFourGroupsOfThree_thenEachGroupHoldsEveryKind() {
    List<Participant> room = new ArrayList<>();
    List<ActorKind> kinds = List.of(ActorKind.FUND, ActorKind.NGO, ActorKind.EDUCATION);
    List<Participant> alike = Rooms.alike(12);
    for (int i = 0; i < 12; i++) {
      room.add(Participant.of(alike.get(i).actor(), kinds.get(i / 4)));
    }

    Mixing mixing = Rooms.mix(Rooms.request(room, new GroupShape.Size(3), 3, 7, 20_000));

    assertThat(mixing.quality().diversity()).isEqualTo(1.0);
    assertThat(mixing.quality().repeats()).isZero();
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.OPTIMAL);
  }

  @Test
  void givenARoomThatCannotAvoidARepeat_whenMixing_thenTheSearchUsesItsWholeBudget() {
    // Ten in groups of 4, 3, 3 twice: the group of four in round 2 holds two of some group of round 1.
    // The ticker moves 1 ms per reading, so the budget is 2,000 readings whatever the machine.
    AtomicLong nanos = new AtomicLong();
    MixingRequest request = MixingRequest.of(Rooms.alike(10), new GroupShape.Count(3), 2, Rooms.DAY)
        .withBudget(Duration.ofSeconds(2), Long.MAX_VALUE);

    Mixing mixing = DialogueMixer.mix(request, () -> nanos.addAndGet(1_000_000));

    assertThat(mixing.quality().repeats()).isEqualTo(1);
    assertThat(mixing.stoppedBy()).isEqualTo(StopReason.BUDGET);
    assertThat(mixing.millis()).isGreaterThanOrEqualTo(2000);
  }

  @Test
  void givenMixedGroups_whenAnOrganiserMovesSomeone_thenTheRecountShowsTheRepeat() {
    List<Participant> room = Rooms.alike(6);
    MixingRequest request = Rooms.request(room, new GroupShape.Count(2), 2, 1, 1_000);
    Mixing mixing = Rooms.mix(request);
    List<List<List<ActorId>>> moved = new ArrayList<>(mixing.rounds());
    moved.set(1, mixing.rounds().get(0));

    MixingQuality quality = DialogueMixer.assess(request, moved);

    assertThat(quality.repeats()).isEqualTo(6);
    assertThat(quality.maxPairMeetings()).isEqualTo(2);
    assertThat(quality.repeats()).isGreaterThan(mixing.quality().repeats());
  }
}
