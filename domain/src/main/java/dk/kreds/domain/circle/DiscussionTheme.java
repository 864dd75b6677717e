package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A theme or summary posted to the circle's channel between meetings.
 *
 * @param author who posted it; empty once that person's data is erased, while the text stays
 */
public record DiscussionTheme(String title, String body, LocalDate posted, Optional<ContactRef> author) {

  public DiscussionTheme {
    title = Text.require(title, 1, 200, Rule.THEME_TITLE_LENGTH);
    body = Text.require(body, 0, 20_000, Rule.THEME_BODY_LENGTH);
    requireNonNull(posted, "posted");
    requireNonNull(author, "author");
  }

  /** A theme posted by {@code author}. */
  public DiscussionTheme(String title, String body, LocalDate posted, ContactRef author) {
    this(title, body, posted, Optional.of(author));
  }

  DiscussionTheme anonymous() {
    return new DiscussionTheme(title, body, posted, Optional.empty());
  }
}
