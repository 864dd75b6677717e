package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;

/** Where a challenge (udfordring) was raised. */
public sealed interface ChallengeSource {

  /** In an actor's contribution. */
  record InContribution(ActorId actor) implements ChallengeSource {
    public InContribution {
      requireNonNull(actor, "actor");
    }
  }

  /** In a group of a dialogue round. */
  record InGroup(int round, int group) implements ChallengeSource {}

  /** In the plenary, e.g. the closing round. */
  record InPlenary() implements ChallengeSource {}
}
