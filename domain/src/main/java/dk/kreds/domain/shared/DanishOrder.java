package dk.kreds.domain.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Sorts names the way a Danish reader expects: æ, ø, å after z, and "Aa" as "Å". */
public final class DanishOrder {

  private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("da-DK"));

  static {
    COLLATOR.setStrength(Collator.TERTIARY);
  }

  private DanishOrder() {}

  /** Compares texts by Danish collation. */
  public static Comparator<String> texts() {
    return (a, b) -> {
      synchronized (COLLATOR) {
        return COLLATOR.compare(a, b);
      }
    };
  }

  /** Compares things by a name, in Danish collation. */
  public static <T> Comparator<T> by(Function<? super T, String> name) {
    return Comparator.comparing(name, texts());
  }
}
