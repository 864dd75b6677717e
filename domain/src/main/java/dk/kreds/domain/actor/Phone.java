package dk.kreds.domain.actor;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;

/**
 * A phone number in E.164 form ({@code +} and 8–15 digits). Eight digits without a prefix are read as a
 * Danish number ({@code +45}); a Danish number has exactly eight digits after {@code +45}.
 */
public record Phone(String e164) {

  public Phone {
    RuleViolation.require(e164 != null && e164.matches("\\+[1-9][0-9]{7,14}"), Rule.PHONE_FORMAT, e164);
    RuleViolation.require(!e164.startsWith("+45") || e164.length() == 11, Rule.PHONE_DANISH, e164);
  }

  /** Accepts spaces, dashes, dots and parentheses, a {@code 00} international prefix and bare Danish numbers. */
  public static Phone parse(String input) {
    String compact = input == null ? "" : input.replaceAll("[\\s\\-.()]", "");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    } else if (compact.matches("[0-9]{8}")) {
      compact = "+45" + compact;
    }
    RuleViolation.require(compact.matches("\\+[0-9]+"), Rule.PHONE_FORMAT, input);
    return new Phone(compact);
  }

  @Override
  public String toString() {
    return e164;
  }
}
