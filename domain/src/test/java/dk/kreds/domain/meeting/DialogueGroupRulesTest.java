package dk.kreds.domain.meeting;

import static dk.kreds.domain.RuleCase.breaks;
import static dk.kreds.domain.shared.Rule.GROUP_COUNT;
import static dk.kreds.domain.shared.Rule.GROUP_EMPTY;
import static dk.kreds.domain.shared.Rule.GROUP_MEMBER_ABSENT;
import static dk.kreds.domain.shared.Rule.GROUP_MEMBER_MISSING;
import static dk.kreds.domain.shared.Rule.GROUP_MEMBER_TWICE;
import static dk.kreds.domain.shared.Rule.GROUP_NOTES_LENGTH;
import static dk.kreds.domain.shared.Rule.GROUP_NUMBER;
import static dk.kreds.domain.shared.Rule.GROUP_ROUND_NOT_DIALOGUE;
import static dk.kreds.domain.testdata.Meetings.DIALOGUE_ROUND;

import dk.kreds.domain.RuleCase;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Meetings;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of the dialogue round's groups, at a meeting where four actors came (P1–P4) and one stayed
 * away; the round has three groups.
 */
public class DialogueGroupRulesTest {

  private static final ActorId P1 = Actors.id("Aktør 1");
  private static final ActorId P2 = Actors.id("Aktør 2");
  private static final ActorId P3 = Actors.id("Aktør 3");
  private static final ActorId P4 = Actors.id("Aktør 4");
  private static final ActorId ABSENT = Actors.id("Fraværende");

  public static List<RuleCase> cases() {
    return List.of(
        breaks(GROUP_ROUND_NOT_DIALOGUE, "givenPresentationRound_whenFormingGroups_thenRefused",
            () -> held().formGroups(0, groups(List.of(P1, P2), List.of(P3), List.of(P4)))),
        breaks(GROUP_ROUND_NOT_DIALOGUE, "givenRoundBeyondAgenda_whenFormingGroups_thenRefused",
            () -> held().formGroups(7, groups(List.of(P1, P2), List.of(P3), List.of(P4)))),
        breaks(GROUP_COUNT, "givenTwoGroupsForThree_whenFormingGroups_thenRefused",
            () -> held().formGroups(DIALOGUE_ROUND, groups(List.of(P1, P2), List.of(P3, P4)))),
        breaks(GROUP_NUMBER, "givenGroupsOutOfOrder_whenFormingGroups_thenRefused",
            () -> held().formGroups(DIALOGUE_ROUND, List.of(group(1, P1, P2), group(3, P3), group(2, P4)))),
        breaks(GROUP_NUMBER, "givenGroupNumberedZero_whenFormingGroup_thenRefused", () -> group(0, P1)),
        breaks(GROUP_EMPTY, "givenNoMembers_whenFormingGroup_thenRefused", () -> group(1)),
        breaks(GROUP_MEMBER_ABSENT, "givenAbsentActorInGroup_whenFormingGroups_thenRefused",
            () -> held().formGroups(DIALOGUE_ROUND, groups(List.of(P1, P2), List.of(P3, ABSENT), List.of(P4)))),
        breaks(GROUP_MEMBER_TWICE, "givenActorInTwoGroups_whenFormingGroups_thenRefused",
            () -> held().formGroups(DIALOGUE_ROUND, groups(List.of(P1, P2), List.of(P3, P1), List.of(P4)))),
        breaks(GROUP_MEMBER_MISSING, "givenPresentActorInNoGroup_whenFormingGroups_thenRefused",
            () -> held().formGroups(DIALOGUE_ROUND, groups(List.of(P1), List.of(P2), List.of(P3)))),
        breaks(GROUP_NOTES_LENGTH, "givenNotesOf20001Characters_whenRecordingGroupNotes_thenRefused", () -> {
          Meeting meeting = held();
          meeting.formGroups(DIALOGUE_ROUND, groups(List.of(P1, P2), List.of(P3), List.of(P4)));
          meeting.recordGroupNotes(DIALOGUE_ROUND, 2, "å".repeat(20_001));
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyGroupRuleIsEnforced() {
    return RuleCase.tests(cases());
  }

  private static Meeting held() {
    return Meetings.held(List.of(P1, P2, P3, P4), List.of(ABSENT));
  }

  /** Groups 1, 2, 3 … of the dialogue round with these members. */
  @SafeVarargs
  private static List<DialogueGroup> groups(List<ActorId>... members) {
    return IntStream.range(0, members.length).mapToObj(i -> group(i + 1, members[i].toArray(ActorId[]::new))).toList();
  }

  private static DialogueGroup group(int number, ActorId... members) {
    return new DialogueGroup(DIALOGUE_ROUND, number, List.of(members), Optional.empty(), List.of());
  }
}
