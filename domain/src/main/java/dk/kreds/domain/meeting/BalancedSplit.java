package dk.kreds.domain.meeting;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simple split of the present actors into groups whose sizes differ by at most one: actors are
 * ordered by kind and dealt out in turn, so each kind spreads across the groups. Deterministic for the
 * same input.
 */
public final class BalancedSplit {

  private BalancedSplit() {}

  /**
   * Splits {@code present} into the groups of the dialogue round at agenda position {@code round}.
   *
   * @param kinds the kind of each present actor
   * @throws RuleViolation {@code group.too-few} when there are fewer actors than groups
   */
  public static List<DialogueGroup> split(int round, int groupCount, List<ActorId> present, Map<ActorId, ActorKind> kinds) {
    RuleViolation.require(groupCount >= 1, Rule.ROUND_GROUP_COUNT, groupCount);
    RuleViolation.require(present.size() >= groupCount, Rule.GROUP_TOO_FEW, present.size());
    List<ActorId> ordered = new ArrayList<>(present);
    ordered.sort(Comparator.comparing(actor -> kinds.getOrDefault(actor, ActorKind.OTHER)));
    List<List<ActorId>> members = new ArrayList<>();
    for (int g = 0; g < groupCount; g++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < ordered.size(); i++) {
      members.get(i % groupCount).add(ordered.get(i));
    }
    List<DialogueGroup> groups = new ArrayList<>();
    for (int g = 0; g < groupCount; g++) {
      groups.add(new DialogueGroup(round, g + 1, members.get(g), Optional.empty(), List.of()));
    }
    return groups;
  }
}
