package dk.kreds.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalisation of the text people type: Unicode NFC and trimmed, so æ/ø/å compare as they look. */
public final class Text {

  /** Compiled once: a name key is taken for every actor of an import. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** What {@code \s} matches besides the space. */
  private static final String LINE_BREAKS_AND_TABS = "\t\n\u000B\f\r";

  private Text() {}

  /** NFC-normalised and trimmed; {@code null} becomes the empty string. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    // Nearly all text arrives composed: checking allocates nothing, normalising copies every string.
    String composed = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    return composed.strip();
  }

  /**
   * Cleans {@code raw} and checks its length in code points.
   *
   * @throws RuleViolation with {@code rule} when the cleaned text is shorter than {@code min} or longer
   *     than {@code max}
   */
  public static String require(String raw, int min, int max, Rule rule) {
    String clean = clean(raw);
    int length = clean.codePointCount(0, clean.length());
    RuleViolation.require(length >= min && length <= max, rule, clean);
    return clean;
  }

  /** Like {@link #require} with a minimum of one, or empty when {@code raw} is blank. */
  public static Optional<String> optional(String raw, int max, Rule rule) {
    String clean = clean(raw);
    return clean.isEmpty() ? Optional.empty() : Optional.of(require(clean, 1, max, rule));
  }

  /**
   * The key two names are compared by: cleaned, each run of white space made one space, and lower-cased,
   * so "Æble" and " æble" are equal, and so are "Æble A/S" and "æble  a/s".
   */
  public static String key(String raw) {
    return oneLine(raw).toLowerCase(Locale.ROOT);
  }

  /** Cleaned, with each run of white space, line breaks included, made one space: for tags. */
  public static String oneLine(String raw) {
    String clean = clean(raw);
    return isOneLine(clean) ? clean : WHITE_SPACE.matcher(clean).replaceAll(" ");
  }

  /** Whether {@code text} has no white space but single spaces, as most names and tags have. */
  private static boolean isOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && text.charAt(i + 1) == ' ' : LINE_BREAKS_AND_TABS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
