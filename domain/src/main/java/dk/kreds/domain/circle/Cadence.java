package dk.kreds.domain.circle;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.LocalDate;

/** How often the circle meets, in whole months (1–24), e.g. every six months ("hvert halve år"). */
public record Cadence(int months) {

  public Cadence {
    RuleViolation.require(months >= 1 && months <= 24, Rule.CADENCE_MONTHS, months);
  }

  /** The date of the meeting after one held on {@code date}; the end of a shorter month clamps the day. */
  public LocalDate nextAfter(LocalDate date) {
    return date.plusMonths(months);
  }
}
