package dk.kreds.domain.meeting;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One group of a dialogue round.
 *
 * @param round the agenda position of its dialogue round (0-based)
 * @param number the group's number within the round, from 1
 * @param members the present actors in the group
 * @param notes what the group discussed
 * @param challenges the challenges the group raised
 */
public record DialogueGroup(int round, int number, List<ActorId> members, Optional<String> notes, List<String> challenges) {

  public DialogueGroup {
    RuleViolation.require(number >= 1, Rule.GROUP_NUMBER, number);
    members = List.copyOf(members);
    RuleViolation.require(!members.isEmpty(), Rule.GROUP_EMPTY, number);
    notes = Text.optional(notes.orElse(null), 20_000, Rule.GROUP_NOTES_LENGTH);
    challenges = challenges.stream().map(Contribution::challengeText).toList();
  }

  DialogueGroup withNotes(String text) {
    return new DialogueGroup(round, number, members, Optional.of(text), challenges);
  }

  DialogueGroup withChallenge(String text) {
    List<String> more = new ArrayList<>(challenges);
    more.add(text);
    return new DialogueGroup(round, number, members, notes, more);
  }
}
