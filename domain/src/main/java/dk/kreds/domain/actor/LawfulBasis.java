package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Why Kreds may keep a contact person's data (GDPR art. 6), and since when.
 *
 * @param ground the legal ground
 * @param since when the consent was given or the interest was recorded
 */
public record LawfulBasis(Ground ground, Instant since) {

  public LawfulBasis {
    requireNonNull(ground, "ground");
    requireNonNull(since, "since");
  }

  /** The grounds that apply to the contact persons of organisations. */
  public enum Ground {
    /** The person agreed (art. 6(1)(a)). */
    CONSENT,
    /** The organisation's public role makes contact a legitimate interest (art. 6(1)(f)). */
    LEGITIMATE_INTEREST
  }
}
