package dk.kreds.domain.meeting;

import static dk.kreds.domain.testdata.Meetings.DIALOGUE_ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The balanced split of the present actors into the groups of a dialogue round. */
class BalancedSplitTest {

  @Property
  void everyPresentActorIsInExactlyOneOfTheGroupsAskedFor(@ForAll("participants") Participants p) {
    List<DialogueGroup> split = p.split();

    assertThat(split).extracting(DialogueGroup::number).containsExactlyElementsOf(IntStream.rangeClosed(1, p.groups()).boxed().toList());
    assertThat(split).extracting(DialogueGroup::round).containsOnly(DIALOGUE_ROUND);
    assertThat(split.stream().flatMap(g -> g.members().stream()).toList()).containsExactlyInAnyOrderElementsOf(p.present());
  }

  @Property
  void groupSizesDifferByAtMostOne(@ForAll("participants") Participants p) {
    IntSummaryStatistics sizes = p.split().stream().mapToInt(g -> g.members().size()).summaryStatistics();

    assertThat(sizes.getMax() - sizes.getMin()).isLessThanOrEqualTo(1);
  }

  @Property
  void theSameInputGivesTheSameSplit(@ForAll("participants") Participants p) {
    List<DialogueGroup> again = BalancedSplit.split(DIALOGUE_ROUND, p.groups(), List.copyOf(p.present()), new HashMap<>(p.kinds()));

    assertThat(p.split()).isEqualTo(again);
  }

  @Property(tries = 200)
  void theMeetingAcceptsTheSplitOfThoseWhoCame(@ForAll("participants") Participants p) {
    Meeting meeting = Meetings.hold(Meetings.planned(p.groups()), p.present(), List.of(Actors.id("Fraværende")));
    List<DialogueGroup> split = BalancedSplit.split(DIALOGUE_ROUND, p.groups(), meeting.presentActors(), p.kinds());

    assertThatCode(() -> meeting.formGroups(DIALOGUE_ROUND, split)).doesNotThrowAnyException();
    assertThat(meeting.groups()).isEqualTo(split);
  }

  @Example
  void givenTwoKindsTakingTurns_whenSplittingInTwo_thenEachKindSpreadsAcrossBothGroups() {
    List<ActorId> present = Actors.ids(4);
    Map<ActorId, ActorKind> kinds = Map.of(
        present.get(0), ActorKind.FUND, present.get(1), ActorKind.FUND,
        present.get(2), ActorKind.NGO, present.get(3), ActorKind.NGO);

    List<DialogueGroup> split = BalancedSplit.split(DIALOGUE_ROUND, 2, present, kinds);

    assertThat(split).allSatisfy(g -> assertThat(g.members()).extracting(kinds::get).containsExactlyInAnyOrder(ActorKind.NGO, ActorKind.FUND));
  }

  /** 1–50 groups (as a dialogue round allows) and at least as many present actors, most of them with a kind. */
  @Provide
  Arbitrary<Participants> participants() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 50),
            Arbitraries.integers().between(0, 80),
            Arbitraries.of(ActorKind.class).list().ofMaxSize(130))
        .as(Participants::of);
  }

  record Participants(int groups, List<ActorId> present, Map<ActorId, ActorKind> kinds) {
    static Participants of(int groups, int extra, List<ActorKind> kindsInTurn) {
      List<ActorId> present = Actors.ids(groups + extra);
      Map<ActorId, ActorKind> kinds = new HashMap<>();
      for (int i = 0; i < Math.min(present.size(), kindsInTurn.size()); i++) {
        kinds.put(present.get(i), kindsInTurn.get(i));
      }
      return new Participants(groups, present, kinds);
    }

    List<DialogueGroup> split() {
      return BalancedSplit.split(DIALOGUE_ROUND, groups, present, kinds);
    }
  }
}
