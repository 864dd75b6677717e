package dk.kreds.domain.actor;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address: one {@code @}, a local part without spaces, a domain with at least one dot. The
 * domain is lower-cased; the local part is kept as typed.
 */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@([\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}");

  public Email {
    value = Text.clean(value);
    RuleViolation.require(value.length() <= 254 && SHAPE.matcher(value).matches(), Rule.EMAIL_FORMAT, value);
    int at = value.lastIndexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
