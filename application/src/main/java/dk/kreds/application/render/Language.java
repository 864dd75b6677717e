package dk.kreds.application.render;

import dk.kreds.domain.shared.Text;
import java.util.Locale;

/** The languages Kreds speaks to people in. Danish is the default. */
public enum Language {
  DA(Locale.forLanguageTag("da-DK")),
  EN(Locale.UK);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * Parses {@code da} or {@code en} (any case, also a tag like {@code en-GB}).
   *
   * @throws IllegalArgumentException for any other language
   */
  public static Language parse(String tag) {
    String language = Locale.forLanguageTag(Text.clean(tag).replace('_', '-')).getLanguage();
    for (Language candidate : values()) {
      if (candidate.locale.getLanguage().equals(language)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("language '" + tag + "': must be da or en");
  }
}
