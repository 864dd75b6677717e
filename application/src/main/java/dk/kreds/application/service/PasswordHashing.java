package dk.kreds.application.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as PBKDF2-HMAC-SHA256 hashes with OWASP's current work factor (600,000 iterations, a 16-byte
 * random salt, a 32-byte hash), through the JDK's own provider, so the application needs no library.
 * The encoded form names the algorithm and the iterations ({@code $pbkdf2-sha256$i=600000$salt$hash}),
 * so a hash made with a smaller count still verifies after the count is raised. See
 * docs/decisions/0041-organiser-accounts-and-rsvp-links.md.
 */
final class PasswordHashing {

  /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;

  private static final String PREFIX = "$pbkdf2-sha256$i=";
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Supplier<SecureRandom> random;
  private final int iterations;

  PasswordHashing(Supplier<SecureRandom> random, int iterations) {
    this.random = random;
    this.iterations = iterations;
  }

  String hash(String password) {
    byte[] salt = new byte[16];
    random.get().nextBytes(salt);
    return PREFIX + iterations + "$" + ENCODER.encodeToString(salt) + "$"
        + ENCODER.encodeToString(pbkdf2(password, salt, iterations));
  }

  /** Whether {@code password} hashes to {@code encoded}; false for a malformed encoding. */
  boolean matches(String password, String encoded) {
    String[] parts = encoded.startsWith(PREFIX) ? encoded.substring(PREFIX.length()).split("\\$") : new String[0];
    if (parts.length != 3) {
      return false;
    }
    try {
      byte[] expected = DECODER.decode(parts[2]);
      byte[] actual = pbkdf2(password, DECODER.decode(parts[1]), Integer.parseInt(parts[0]));
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
