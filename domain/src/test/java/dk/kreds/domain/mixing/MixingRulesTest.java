package dk.kreds.domain.mixing;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.GROUP_TOO_FEW;
import static dk.kreds.domain.shared.Rule.MIXING_APART_INFEASIBLE;
import static dk.kreds.domain.shared.Rule.MIXING_BUDGET;
import static dk.kreds.domain.shared.Rule.MIXING_CONSTRAINT_CONFLICT;
import static dk.kreds.domain.shared.Rule.MIXING_CONSTRAINT_UNKNOWN;
import static dk.kreds.domain.shared.Rule.MIXING_GROUPS;
import static dk.kreds.domain.shared.Rule.MIXING_GROUP_FULL;
import static dk.kreds.domain.shared.Rule.MIXING_PARTICIPANT_TWICE;
import static dk.kreds.domain.shared.Rule.MIXING_PIN_GROUP;
import static dk.kreds.domain.shared.Rule.MIXING_ROUNDS;
import static dk.kreds.domain.shared.Rule.MIXING_SIZES;
import static dk.kreds.domain.shared.Rule.MIXING_TOGETHER_TOO_BIG;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.testdata.Actors;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rules of mixing: shapes that do not fit, and constraints that cannot hold together. Six participants A–F. */
public class MixingRulesTest {

  private static final List<Participant> ROOM = Rooms.alike(6);
  private static final ActorId A = ROOM.get(0).actor();
  private static final ActorId B = ROOM.get(1).actor();
  private static final ActorId C = ROOM.get(2).actor();
  private static final ActorId D = ROOM.get(3).actor();

  public static List<RuleCase> cases() {
    return List.of(
        breaks(MIXING_GROUPS, "givenNoGroups_whenShapingGroups_thenRefused", () -> new GroupShape.Count(0)),
        breaks(MIXING_GROUPS, "givenGroupSizeZero_whenShapingGroups_thenRefused", () -> new GroupShape.Size(0)),
        breaks(MIXING_SIZES, "givenSizesAddingUpToFive_whenMixingSix_thenRefused",
            () -> mix(new GroupShape.Sizes(List.of(3, 2)), List.of())),
        breaks(MIXING_SIZES, "givenEmptyGroupAmongSizes_whenShapingGroups_thenRefused", () -> new GroupShape.Sizes(List.of(6, 0))),
        breaks(GROUP_TOO_FEW, "givenSixParticipantsForSevenGroups_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(7), List.of())),
        breaks(MIXING_ROUNDS, "givenNoRounds_whenAskingForAMix_thenRefused",
            () -> MixingRequest.of(ROOM, new GroupShape.Count(2), 0, Rooms.DAY)),
        breaks(MIXING_BUDGET, "givenNegativeBudget_whenAskingForAMix_thenRefused",
            () -> request(new GroupShape.Count(2), List.of()).withBudget(Duration.ofSeconds(-1), 10)),
        breaks(MIXING_PARTICIPANT_TWICE, "givenActorTwice_whenAskingForAMix_thenRefused",
            () -> MixingRequest.of(List.of(ROOM.get(0), ROOM.get(0)), new GroupShape.Count(1), 1, Rooms.DAY)),
        breaks(MIXING_CONSTRAINT_UNKNOWN, "givenKeepApartNamingAnOutsider_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(new MixingConstraint.KeepApart(A, Actors.id("Udenforstående"))))),
        breaks(MIXING_PIN_GROUP, "givenPinToGroupThreeOfTwo_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(new MixingConstraint.Pin(A, 3)))),
        breaks(MIXING_TOGETHER_TOO_BIG, "givenFourToKeepTogetherInGroupsOfThree_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(new MixingConstraint.KeepTogether(List.of(A, B, C, D))))),
        breaks(MIXING_GROUP_FULL, "givenFourPinnedToAGroupOfThree_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(
                new MixingConstraint.Pin(A, 1), new MixingConstraint.Pin(B, 1), new MixingConstraint.Pin(C, 1),
                new MixingConstraint.Pin(D, 1)))),
        breaks(MIXING_CONSTRAINT_CONFLICT, "givenPairKeptTogetherAndApart_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(
                new MixingConstraint.KeepTogether(List.of(A, B)), new MixingConstraint.KeepApart(A, B)))),
        breaks(MIXING_CONSTRAINT_CONFLICT, "givenKeptTogetherPairPinnedToTwoGroups_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(
                new MixingConstraint.KeepTogether(List.of(A, B)), new MixingConstraint.Pin(A, 1), new MixingConstraint.Pin(B, 2)))),
        breaks(MIXING_APART_INFEASIBLE, "givenThreeKeptApartInTwoGroups_whenMixing_thenRefused",
            () -> mix(new GroupShape.Count(2), List.of(
                new MixingConstraint.KeepApart(A, B), new MixingConstraint.KeepApart(B, C), new MixingConstraint.KeepApart(A, C)))));
  }

  @TestFactory
  Stream<DynamicTest> everyMixingRuleIsEnforced() {
    return RuleCase.tests(cases());
  }

  @Test
  void givenPairKeptTogetherAndApart_whenMixing_thenTheRefusalNamesBothConstraints() {
    assertThatThrownBy(() -> mix(new GroupShape.Count(2), List.of(
            new MixingConstraint.KeepTogether(List.of(A, B)), new MixingConstraint.KeepApart(A, B))))
        .isInstanceOfSatisfying(RuleViolation.class, e -> org.assertj.core.api.Assertions.assertThat(e.value().toString())
            .contains("keep apart " + A + " and " + B).contains("keep together [" + A + ", " + B + "]"));
  }

  private static MixingRequest request(GroupShape shape, List<MixingConstraint> constraints) {
    return Rooms.request(ROOM, shape, 2, 1, 500).withConstraints(constraints);
  }

  private static Mixing mix(GroupShape shape, List<MixingConstraint> constraints) {
    return Rooms.mix(request(shape, constraints));
  }
}
