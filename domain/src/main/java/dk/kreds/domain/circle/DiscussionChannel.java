package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.Website;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.util.Optional;

/**
 * Where the circle posts discussion themes and summaries between meetings, e.g. the LinkedIn group
 * "Socialøkonomisk Netværk". Its address is an http(s) {@link Website}, so it can never become a
 * script link in a rendered write-up.
 */
public record DiscussionChannel(String name, Optional<Website> url) {

  public DiscussionChannel {
    name = Text.require(name, 1, 200, Rule.CHANNEL_NAME_LENGTH);
    url = requireNonNull(url, "url");
  }
}
