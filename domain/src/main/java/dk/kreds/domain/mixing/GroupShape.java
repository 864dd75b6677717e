package dk.kreds.domain.mixing;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/** How the participants of each round are cut into groups: a number of groups, a group size, or the sizes themselves. */
public sealed interface GroupShape {

  /**
   * The size of each group for this many participants, largest first.
   *
   * @throws RuleViolation {@code mixing.groups} for fewer than one group or a size below one,
   *     {@code group.too-few} when there are fewer participants than groups, {@code mixing.sizes} when
   *     explicit sizes do not add up to the participants
   */
  List<Integer> sizes(int participants);

  /**
   * So many groups, whose sizes differ by at most one.
   *
   * @param groups the number of groups, at least 1
   */
  record Count(int groups) implements GroupShape {
    public Count {
      RuleViolation.require(groups >= 1, Rule.MIXING_GROUPS, groups);
    }

    @Override
    public List<Integer> sizes(int participants) {
      RuleViolation.require(participants >= groups, Rule.GROUP_TOO_FEW, participants);
      List<Integer> sizes = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        sizes.add(participants / groups + (g < participants % groups ? 1 : 0));
      }
      return sizes;
    }
  }

  /**
   * Groups of at most this size, as few as that allows, whose sizes differ by at most one.
   *
   * @param size the largest group, at least 1
   */
  record Size(int size) implements GroupShape {
    public Size {
      RuleViolation.require(size >= 1, Rule.MIXING_GROUPS, size);
    }

    @Override
    public List<Integer> sizes(int participants) {
      return new Count(Math.max(1, (participants + size - 1) / size)).sizes(participants);
    }
  }

  /**
   * Exactly these sizes, e.g. 8, 7, 7: the organiser's choice, which may differ by more than one.
   *
   * @param sizes each group's size, at least 1, adding up to the participants
   */
  record Sizes(List<Integer> sizes) implements GroupShape {
    public Sizes {
      sizes = List.copyOf(sizes);
      RuleViolation.require(!sizes.isEmpty(), Rule.MIXING_GROUPS, sizes);
      RuleViolation.require(sizes.stream().allMatch(s -> s >= 1), Rule.MIXING_SIZES, sizes);
    }

    @Override
    public List<Integer> sizes(int participants) {
      RuleViolation.require(participants >= sizes.size(), Rule.GROUP_TOO_FEW, participants);
      RuleViolation.require(sizes.stream().mapToInt(Integer::intValue).sum() == participants, Rule.MIXING_SIZES, sizes);
      return sizes.stream().sorted((a, b) -> b - a).toList();
    }
  }
}
