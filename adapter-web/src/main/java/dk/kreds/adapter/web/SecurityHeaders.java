package dk.kreds.adapter.web;

import io.javalin.http.Context;

/**
 * The headers every response carries, error pages included: a content security policy that allows no
 * script at all and no framing, {@code nosniff}, and a referrer policy — {@code no-referrer} on RSVP
 * pages, whose address is the invitee's secret.
 */
final class SecurityHeaders {

  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", ctx.path().startsWith("/rsvp/") ? "no-referrer" : "same-origin");
    ctx.header("Cache-Control", "no-store");
  }
}
