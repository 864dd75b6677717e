package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** An invitee's answer: none yet, accepted (tilmelding) or declined (afbud). */
public sealed interface Response {

  /** No answer yet. */
  record Pending() implements Response {}

  /** The invitee will come. */
  record Accepted(Instant at) implements Response {
    public Accepted {
      requireNonNull(at, "at");
    }
  }

  /** The invitee will not come. */
  record Declined(Instant at) implements Response {
    public Declined {
      requireNonNull(at, "at");
    }
  }
}
