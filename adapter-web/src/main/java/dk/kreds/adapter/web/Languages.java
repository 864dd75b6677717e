package dk.kreds.adapter.web;

import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a request: the {@code lang} query parameter (the page switch), else the
 * {@value #COOKIE} cookie the switch leaves, else the first of Danish and English in
 * {@code Accept-Language}, else Danish.
 */
final class Languages {

  static final String COOKIE = "kreds_lang";

  private Languages() {}

  static Language of(Context ctx) {
    return parse(ctx.queryParam("lang"))
        .or(() -> parse(ctx.cookie(COOKIE)))
        .or(() -> acceptLanguage(ctx.header("Accept-Language")))
        .orElse(Language.DA);
  }

  static Messages messages(Context ctx) {
    return Messages.in(of(ctx));
  }

  private static Optional<Language> acceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(range -> parse(range.getRange()))
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Language> parse(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    try {
      return Optional.of(Language.parse(tag));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
