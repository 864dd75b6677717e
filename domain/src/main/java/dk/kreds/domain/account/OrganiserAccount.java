package dk.kreds.domain.account;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Instant;

/**
 * An organiser's account: who may log in to the web app. The password is kept only as a slow, salted
 * hash in a self-describing text form (algorithm, work factor, salt, hash); the model never sees the
 * password itself after {@link #requireAcceptablePassword}.
 *
 * @param username the login name, unique among accounts
 * @param passwordHash the encoded hash, never blank
 * @param created when the account was made
 */
public record OrganiserAccount(Username username, String passwordHash, Instant created) {

  /** The shortest password taken; length matters more than character classes (NIST SP 800-63B). */
  public static final int MIN_PASSWORD = 12;

  /** The longest password taken, so that hashing a request cannot be made arbitrarily expensive. */
  public static final int MAX_PASSWORD = 200;

  public OrganiserAccount {
    requireNonNull(username, "username");
    requireNonNull(passwordHash, "passwordHash");
    requireNonNull(created, "created");
    if (passwordHash.isBlank()) {
      throw new IllegalArgumentException("passwordHash: must not be blank");
    }
  }

  /**
   * Checks a new password: {@value #MIN_PASSWORD}–{@value #MAX_PASSWORD} characters. The refusal names
   * the password's length, never the password.
   */
  public static void requireAcceptablePassword(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    RuleViolation.require(length >= MIN_PASSWORD && length <= MAX_PASSWORD, Rule.ACCOUNT_PASSWORD_LENGTH, length);
  }

  /** Refuses {@code other} when it has this account's username. */
  public void requireDistinctFrom(OrganiserAccount other) {
    RuleViolation.require(!other.username.equals(username), Rule.ACCOUNT_USERNAME_DUPLICATE, username.value());
  }
}
