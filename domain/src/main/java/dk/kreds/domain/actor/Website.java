package dk.kreds.domain.actor;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;

/** An http(s) address with a host and no user part. A bare host such as {@code kooperationen.dk} gets {@code https://}. */
public record Website(URI uri) {

  public Website {
    RuleViolation.require(
        uri != null
            && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
            && uri.getHost() != null
            && uri.getUserInfo() == null,
        Rule.WEBSITE_FORMAT,
        uri);
  }

  /** Parses what people type. */
  public static Website parse(String input) {
    String clean = Text.clean(input);
    String withScheme = clean.contains("://") ? clean : "https://" + clean;
    try {
      return new Website(new URI(withScheme));
    } catch (URISyntaxException e) {
      throw new RuleViolation(Rule.WEBSITE_FORMAT, input);
    }
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
