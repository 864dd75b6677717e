package dk.kreds.adapter.jdbc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Reads the ISO-8601 times of the stored documents in the one shape the documents write them, and
 * hands anything else to the JDK's parsers. Those run a {@code DateTimeFormatter}: in a command-line
 * run, still interpreted, the times of a meeting's 100 invitations were half of reading its document,
 * and the first zoned time built a tree of every zone id (docs/decisions/0021-cli-start-up.md).
 */
final class IsoTimes {

  private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private IsoTimes() {}

  /** {@code 2014-11-25T09:00:00Z}, with up to nine fraction digits, as {@link Instant#toString()} writes. */
  static Instant instant(String text) {
    int end = text.length() - 1;
    if (end > 0 && text.charAt(end) == 'Z') {
      LocalDateTime local = local(text, end);
      if (local != null) {
        return local.toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(text);
  }

  /** {@code 2014-11-25}, as {@link LocalDate#toString()} writes a day of years 0 to 9999. */
  static LocalDate date(String text) {
    if (text.length() == 10 && dateShape(text)) {
      try {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      } catch (DateTimeException e) {
        // not a day; the JDK's parser says why
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * {@code 2014-11-25T09:00:00+01:00[Europe/Copenhagen]}, as {@code ISO_ZONED_DATE_TIME} writes it: the
   * instant is the local time at the offset, in the zone, as the JDK's parser resolves it.
   */
  static ZonedDateTime zoned(String text) {
    int open = text.indexOf('[');
    if (open > 19 && text.charAt(text.length() - 1) == ']') {
      int sign = Math.max(text.lastIndexOf('+', open), text.lastIndexOf('-', open));
      int offsetAt = text.charAt(open - 1) == 'Z' ? open - 1 : sign;
      if (offsetAt >= 19) {
        LocalDateTime local = local(text, offsetAt);
        if (local != null) {
          try {
            ZoneOffset offset = ZoneOffset.of(text.substring(offsetAt, open));
            return ZonedDateTime.ofInstant(local, offset, ZoneId.of(text.substring(open + 1, text.length() - 1)));
          } catch (DateTimeException e) {
            // not an offset or a zone; the JDK's parser says why
          }
        }
      }
    }
    return ZonedDateTime.parse(text);
  }

  /** {@code text[0, end)} as {@code uuuu-MM-ddTHH:mm:ss} with an optional fraction; null in any other shape. */
  private static LocalDateTime local(String text, int end) {
    if (end < 19 || !dateShape(text) || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || !digits(text, 11, 13) || !digits(text, 14, 16) || !digits(text, 17, 19)) {
      return null;
    }
    int nanos = 0;
    if (end > 19) {
      int fraction = end - 20;
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9 || !digits(text, 20, end)) {
        return null;
      }
      nanos = number(text, 20, end) * POWERS[9 - fraction];
    }
    try {
      return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
          number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dateShape(String text) {
    return text.length() >= 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
        && text.charAt(7) == '-' && digits(text, 8, 10);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }
}
