package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.time.LocalDate;

/** A theme or summary posted to the circle's channel between meetings. */
public record DiscussionTheme(String title, String body, LocalDate posted, ContactRef author) {

  public DiscussionTheme {
    title = Text.require(title, 1, 200, Rule.THEME_TITLE_LENGTH);
    body = Text.require(body, 0, 20_000, Rule.THEME_BODY_LENGTH);
    requireNonNull(posted, "posted");
    requireNonNull(author, "author");
  }
}
