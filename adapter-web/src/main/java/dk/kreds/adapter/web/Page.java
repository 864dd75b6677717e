package dk.kreds.adapter.web;

import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import java.time.temporal.TemporalAccessor;

/**
 * What every page template gets: the reader's language and texts, who is logged in (empty for a
 * visitor or an invitee), the CSRF token the page's forms carry, and the path for the language switch.
 * Public because the compiled templates live in a package of their own.
 *
 * @param organiser the logged-in organiser's username, or empty
 * @param csrf the session's CSRF token, or empty without a session
 */
public record Page(Messages messages, String title, String organiser, String csrf, String path) {

  /** The text under {@code key}, filled in. */
  public String t(String key, Object... arguments) {
    return messages.text(key, arguments);
  }

  public String date(TemporalAccessor date) {
    return messages.date(date);
  }

  public Language language() {
    return messages.language();
  }

  /** The language tag for {@code <html lang>}. */
  public String lang() {
    return language() == Language.DA ? "da" : "en";
  }

  public boolean loggedIn() {
    return !organiser.isEmpty();
  }
}
