package dk.kreds.adapter.cli;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names the program builds, never taken from data as a path: a date and a slug of ASCII letters,
 * digits and dashes, e.g. {@code 2014-11-25-stormode-for-aktorer.da.md}.
 */
final class FileName {

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int MAX_SLUG = 80;

  private FileName() {}

  /** {@code date-slug.suffix}, e.g. {@code 2014-11-25-stormode.da.html}. */
  static String of(LocalDate date, String title, String suffix) {
    String slug = slug(title);
    return date + (slug.isEmpty() ? "" : "-" + slug) + "." + suffix;
  }

  /** Lower-case ASCII: æ → ae, ø → oe, å → aa, other accents dropped, anything else a dash; at most 80 characters, cut
   * between words. */
  static String slug(String text) {
    String danish = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    String ascii = MARKS.matcher(Normalizer.normalize(danish, Normalizer.Form.NFD)).replaceAll("");
    String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG + 1);
      slug = slug.substring(0, Math.max(slug.lastIndexOf('-'), 1)).replaceAll("-+$", "");
    }
    return slug;
  }
}
