package dk.kreds.domain.shared;

import java.text.Collator;

/**
 * The JDK Danish collator's keys, byte for byte, for texts of printable Latin-1 characters, made from a
 * table instead of the collator's element iterator, which costs microseconds a name (it copies every
 * character through a normaliser that does nothing here). Stores keep these keys beside the names, so
 * they must never differ from the collator's: {@code LatinSortKeysTest} compares them on every pair of
 * characters the table covers.
 *
 * <p>A collator's key holds three runs of 16-bit weights (primary, secondary, tertiary), each ended by
 * a zero but the last. Without French accent order, which Danish does not use, every collation element
 * adds its weights to the ends of the three runs on its own, so a text's key is the runs of its
 * characters' keys joined. The one exception among these characters is the Danish contraction "aa" (in
 * any case), one element sorted as "å", which the table holds as a unit too.
 */
final class LatinSortKeys {

  /** The highest character the table covers; control characters (below space, and 0x7F–0x9F) are not. */
  private static final char LAST = '\u00FF';

  /** The characters of a contraction: 'a' and 'A' followed by 'a' or 'A'. */
  private static final String CONTRACTING = "aA";

  /**
   * The weights one collation element adds to each run of the key.
   *
   * @param length how many characters of the text it stands for
   */
  private record Element(char[] primary, char[] secondary, char[] tertiary, int length) {}

  private final Element[] singles = new Element[LAST + 1];
  private final Element[] contractions = new Element[CONTRACTING.length() * CONTRACTING.length()];

  /** The table, read from {@code collator}'s own keys of each character and each contraction. */
  LatinSortKeys(Collator collator) {
    for (char c = ' '; c <= LAST; c++) {
      if (c < '\u007F' || c >= '\u00A0') {
        singles[c] = element(collator, String.valueOf(c));
      }
    }
    for (char first : CONTRACTING.toCharArray()) {
      for (char second : CONTRACTING.toCharArray()) {
        contractions[contraction(first, second)] = element(collator, "" + first + second);
      }
    }
  }

  private static Element element(Collator collator, String text) {
    byte[] key = collator.getCollationKey(text).toByteArray();
    char[] weights = new char[key.length / 2];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (char) ((key[2 * i] & 0xFF) << 8 | key[2 * i + 1] & 0xFF);
    }
    String runs = new String(weights);
    int firstEnd = runs.indexOf('\0');
    int secondEnd = runs.indexOf('\0', firstEnd + 1);
    return new Element(runs.substring(0, firstEnd).toCharArray(), runs.substring(firstEnd + 1, secondEnd).toCharArray(),
        runs.substring(secondEnd + 1).toCharArray(), text.length());
  }

  /**
   * The collator's key of {@code text} as bytes, or null when {@code text} holds a character the table
   * does not cover.
   */
  byte[] key(String text) {
    int primary = 0;
    int secondary = 0;
    int tertiary = 0;
    for (int i = 0; i < text.length(); ) {
      Element element = elementAt(text, i);
      if (element == null) {
        return null;
      }
      primary += element.primary().length;
      secondary += element.secondary().length;
      tertiary += element.tertiary().length;
      i += element.length();
    }
    byte[] key = new byte[2 * (primary + 1 + secondary + 1 + tertiary)];
    int p = 0;
    int s = primary + 1;
    int t = s + secondary + 1;
    for (int i = 0; i < text.length(); ) {
      Element element = elementAt(text, i);
      p = put(key, p, element.primary());
      s = put(key, s, element.secondary());
      t = put(key, t, element.tertiary());
      i += element.length();
    }
    return key; // the zeros that end the first two runs are the array's own
  }

  /** The element that starts at {@code index}: a contraction when one starts there, as the collator reads. */
  private Element elementAt(String text, int index) {
    char c = text.charAt(index);
    if (index + 1 < text.length() && CONTRACTING.indexOf(c) >= 0 && CONTRACTING.indexOf(text.charAt(index + 1)) >= 0) {
      return contractions[contraction(c, text.charAt(index + 1))];
    }
    return c <= LAST ? singles[c] : null;
  }

  private static int contraction(char first, char second) {
    return CONTRACTING.indexOf(first) * CONTRACTING.length() + CONTRACTING.indexOf(second);
  }

  /** Writes {@code weights} big-endian, two bytes each, as the collator's key does, from the weight at {@code at}. */
  private static int put(byte[] key, int at, char[] weights) {
    for (char weight : weights) {
      key[2 * at] = (byte) (weight >>> 8);
      key[2 * at + 1] = (byte) weight;
      at++;
    }
    return at;
  }
}
