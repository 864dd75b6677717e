package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.UseCases;
import java.net.URI;
import java.net.http.HttpResponse;

/** Starting a server for a test, and the checks every response must pass. */
final class WebTesting {

  private WebTesting() {}

  static WebServer start(UseCases useCases) {
    return WebServer.start(useCases, new WebSettings("127.0.0.1", 0, URI.create("http://kreds.test")));
  }

  /** A client for {@code server}. */
  static Http organiser(WebServer server) {
    return new Http(server.port());
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "script-src"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }
}
