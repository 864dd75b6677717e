package dk.kreds.domain.account;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an organiser logs in with: 3–64 characters, lower-case letters a–z, digits, {@code .},
 * {@code _} or {@code -}. Surrounding spaces are dropped and capitals lowered, so {@code Anne} and
 * {@code anne} are one account.
 *
 * @param value the cleaned name
 */
public record Username(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{3,64}");

  public Username {
    value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    RuleViolation.require(FORMAT.matcher(value).matches(), Rule.ACCOUNT_USERNAME_FORMAT, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
