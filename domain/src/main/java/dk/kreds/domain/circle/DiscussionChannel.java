package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.net.URI;
import java.util.Optional;

/**
 * Where the circle posts discussion themes and summaries between meetings, e.g. the LinkedIn group
 * "Socialøkonomisk Netværk".
 */
public record DiscussionChannel(String name, Optional<URI> url) {

  public DiscussionChannel {
    name = Text.require(name, 1, 200, Rule.CHANNEL_NAME_LENGTH);
    url = requireNonNull(url, "url");
  }
}
