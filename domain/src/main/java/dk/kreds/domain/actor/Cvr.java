package dk.kreds.domain.actor;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.regex.Pattern;

/**
 * A Danish company number (CVR-nummer): eight digits, the first not zero, whose modulus-11 sum with the
 * weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11.
 */
public record Cvr(String digits) {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
  private static final Pattern EIGHT_DIGITS = Pattern.compile("[1-9][0-9]{7}");
  private static final Pattern SPACE = Pattern.compile("\\s");

  public Cvr {
    RuleViolation.require(digits != null && EIGHT_DIGITS.matcher(digits).matches(), Rule.CVR_FORMAT, digits);
    RuleViolation.require(weightedSum(digits) % 11 == 0, Rule.CVR_CHECKSUM, digits);
  }

  /** Accepts what people type: an optional {@code DK} prefix and spaces, e.g. {@code "DK 25 31 37 63"}. */
  public static Cvr parse(String input) {
    String compact = input == null ? "" : SPACE.matcher(input).replaceAll("");
    if (compact.regionMatches(true, 0, "DK", 0, 2)) {
      compact = compact.substring(2);
    }
    RuleViolation.require(EIGHT_DIGITS.matcher(compact).matches(), Rule.CVR_FORMAT, input);
    return new Cvr(compact);
  }

  /** The check digit that makes {@code firstSeven} a valid CVR, or -1 when no digit can. */
  public static int checkDigit(String firstSeven) {
    int sum = weightedSum(firstSeven + "0");
    int digit = (11 - sum % 11) % 11;
    return digit == 10 ? -1 : digit;
  }

  private static int weightedSum(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (eightDigits.charAt(i) - '0');
    }
    return sum;
  }

  @Override
  public String toString() {
    return digits;
  }
}
