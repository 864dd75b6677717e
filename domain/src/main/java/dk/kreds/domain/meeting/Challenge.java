package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

/** A challenge the field faces, as raised at a meeting, with where it was raised. */
public record Challenge(String text, ChallengeSource source) {

  public Challenge {
    text = Contribution.challengeText(text);
    requireNonNull(source, "source");
  }
}
