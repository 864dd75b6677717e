package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor's contribution: a presentation of itself and the challenges it sees in the field.
 *
 * @param mentions other actors the contribution names, who may be suggested for the circle
 */
public record Contribution(
    ActorId actor,
    ContributionForm form,
    String selfPresentation,
    List<String> challenges,
    List<ActorId> mentions,
    Instant received) {

  public Contribution {
    requireNonNull(actor, "actor");
    requireNonNull(form, "form");
    selfPresentation = Text.require(selfPresentation, 0, 20_000, Rule.CONTRIBUTION_TEXT_LENGTH);
    challenges = challenges.stream().map(Contribution::challengeText).toList();
    RuleViolation.require(!selfPresentation.isEmpty() || !challenges.isEmpty(), Rule.CONTRIBUTION_EMPTY, actor);
    mentions = List.copyOf(mentions);
    requireNonNull(received, "received");
  }

  /** The text of a challenge, 1–2,000 characters. */
  static String challengeText(String raw) {
    return Text.require(raw, 1, 2_000, Rule.CHALLENGE_TEXT_LENGTH);
  }

  Contribution withChallenge(String text) {
    List<String> more = new ArrayList<>(challenges);
    more.add(text);
    return new Contribution(actor, form, selfPresentation, more, mentions, received);
  }
}
