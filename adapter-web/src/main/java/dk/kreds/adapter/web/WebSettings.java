package dk.kreds.adapter.web;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * How {@code kreds serve} runs.
 *
 * @param host the address to listen on, e.g. {@code 127.0.0.1}
 * @param port the TCP port; 0 picks a free one (for tests)
 * @param baseUrl where invitees reach the server, e.g. {@code https://kreds.example.org}: RSVP links
 *     start with it, and an {@code https} base URL marks cookies {@code Secure}
 */
public record WebSettings(String host, int port, URI baseUrl) {

  /** The largest request body taken: 1 MiB. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  public WebSettings {
    requireNonNull(host, "host");
    requireNonNull(baseUrl, "baseUrl");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + ": must be 0–65535");
    }
    String scheme = baseUrl.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL '" + baseUrl + "': must be an http or https URL");
    }
  }

  /** Whether the server is reached over TLS, so cookies must be {@code Secure}. */
  public boolean tls() {
    return "https".equals(baseUrl.getScheme());
  }
}
