package dk.kreds.domain.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Sorts names the way a Danish reader expects: æ, ø, å after z, and "Aa" as "Å".
 *
 * <p>The JDK's Danish collator takes microseconds per comparison, so lists are sorted on collation
 * keys computed once per name ({@link #sort}), and stores keep the {@link #sortKey} beside each name so
 * that the database can return long lists already in order.
 */
public final class DanishOrder {

  /** Collators are not thread-safe; one per thread avoids a lock on every comparison. */
  private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    collator.setStrength(Collator.TERTIARY);
    return collator;
  });

  private DanishOrder() {}

  /** Compares texts by Danish collation; for a few comparisons, else see {@link #sort}. */
  public static Comparator<String> texts() {
    return (a, b) -> COLLATOR.get().compare(a, b);
  }

  /** Compares things by a name, in Danish collation; for a few comparisons, else see {@link #sort}. */
  public static <T> Comparator<T> by(Function<? super T, String> name) {
    return Comparator.comparing(name, texts());
  }

  /** {@code items} in Danish order of their names; each name is collated once. Stable for equal names. */
  public static <T> List<T> sort(Collection<? extends T> items, Function<? super T, String> name) {
    Collator collator = COLLATOR.get();
    return items.stream()
        .map(item -> Map.entry(collator.getCollationKey(name.apply(item)), item))
        .sorted(Map.Entry.comparingByKey(CollationKey::compareTo))
        .<T>map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Bytes whose unsigned, lexicographic order is the Danish order of the texts they were made from, as
   * a database compares a {@code BLOB} or {@code bytea}. Equal texts give equal bytes: the collator's own
   * key, from a table when the text is printable Latin-1 (an import makes one per actor).
   */
  public static byte[] sortKey(String text) {
    byte[] key = LatinKeys.TABLE.key(text);
    return key != null ? key : COLLATOR.get().getCollationKey(text).toByteArray();
  }

  /** The table, made on the first key: most runs sort without one. */
  private static final class LatinKeys {
    static final LatinSortKeys TABLE = new LatinSortKeys(COLLATOR.get());
  }
}
