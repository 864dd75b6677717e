package dk.kreds.domain.actor;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +} and 8–15 digits). Eight digits without a prefix are read as a
 * Danish number ({@code +45}); a Danish number has exactly eight digits after {@code +45}.
 */
public record Phone(String e164) {

  // Compiled once: every contact person of an import is parsed.
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\-.()]");
  private static final Pattern BARE_DANISH = Pattern.compile("[0-9]{8}");
  private static final Pattern PLUS_DIGITS = Pattern.compile("\\+[0-9]+");

  public Phone {
    RuleViolation.require(e164 != null && E164.matcher(e164).matches(), Rule.PHONE_FORMAT, e164);
    RuleViolation.require(!e164.startsWith("+45") || e164.length() == 11, Rule.PHONE_DANISH, e164);
  }

  /** Accepts spaces, dashes, dots and parentheses, a {@code 00} international prefix and bare Danish numbers. */
  public static Phone parse(String input) {
    String compact = input == null ? "" : PUNCTUATION.matcher(input).replaceAll("");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    } else if (BARE_DANISH.matcher(compact).matches()) {
      compact = "+45" + compact;
    }
    RuleViolation.require(PLUS_DIGITS.matcher(compact).matches(), Rule.PHONE_FORMAT, input);
    return new Phone(compact);
  }

  @Override
  public String toString() {
    return e164;
  }
}
