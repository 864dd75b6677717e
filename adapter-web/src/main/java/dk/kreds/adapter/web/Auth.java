package dk.kreds.adapter.web;

import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what: organisers log in for a session; every API call but the login and the OpenAPI
 * document needs one (401 without), and every change needs the session's CSRF token in
 * {@value #CSRF_HEADER} (403 without) — a page's forms carry it as the field {@value #CSRF_FIELD}.
 */
final class Auth {

  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";
  static final String SESSION_PATH = "/session";

  private final UseCases useCases;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final boolean tls;

  Auth(UseCases useCases, Sessions sessions, LoginThrottle throttle, boolean tls) {
    this.useCases = useCases;
    this.sessions = sessions;
    this.throttle = throttle;
    this.tls = tls;
  }

  void register(ApiRoutes routes) {
    routes.change(HandlerType.POST, SESSION_PATH, "Log in: sets the session cookie and answers its CSRF token",
        LoginRequest.class, LoginView.class, List.of(400, 401, 413, 429), this::apiLogIn);
    routes.change(HandlerType.DELETE, SESSION_PATH, "Log out: the session cookie stops working", null, null,
        List.of(401, 403), this::apiLogOut);
  }

  /** The API's gate, before every {@code /api/v1/} route. */
  void guardApi(Context ctx) {
    String path = ctx.path();
    if (path.equals(OpenApi.PATH) || path.equals(ApiRoutes.PREFIX + SESSION_PATH) && ctx.method() == HandlerType.POST) {
      return;
    }
    Sessions.Session session = session(ctx).orElseThrow(() -> new HttpRefusal(401, "session.missing", "", ""));
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      requireCsrf(session, ctx.header(CSRF_HEADER));
    }
  }

  Optional<Sessions.Session> session(Context ctx) {
    return sessions.find(ctx.cookie(Sessions.COOKIE));
  }

  /** Refuses a change whose token is not the session's (compared in constant time). */
  static void requireCsrf(Sessions.Session session, String given) {
    byte[] expected = session.csrfToken().getBytes(StandardCharsets.US_ASCII);
    byte[] actual = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new HttpRefusal(403, "csrf.invalid", "", "");
    }
  }

  /**
   * Checks the password (throttled) and starts a fresh session; the caller's old session, if any, ends.
   *
   * @return the new session, or empty when the username or password is wrong
   * @throws HttpRefusal 429 while the username or the address is throttled
   */
  Optional<Sessions.Session> logIn(Context ctx, String username, String password) {
    String address = ctx.ip();
    if (!throttle.allows(username, address)) {
      throw new HttpRefusal(429, "login.throttled", "", "");
    }
    Optional<Username> organiser = password.length() > dk.kreds.domain.account.OrganiserAccount.MAX_PASSWORD
        ? Optional.empty() : useCases.logIn().logIn(new LogInUseCase.Command(username, password));
    if (organiser.isEmpty()) {
      throttle.failed(username, address);
      return Optional.empty();
    }
    throttle.succeeded(username);
    sessions.end(ctx.cookie(Sessions.COOKIE));
    Sessions.Session session = sessions.start(organiser.get());
    ctx.addHeader("Set-Cookie", Sessions.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax"
        + (tls ? "; Secure" : ""));
    return Optional.of(session);
  }

  void logOut(Context ctx) {
    sessions.end(ctx.cookie(Sessions.COOKIE));
    ctx.addHeader("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (tls ? "; Secure" : ""));
  }

  private void apiLogIn(Context ctx) {
    LoginRequest request = Json.read(ctx, LoginRequest.class);
    Sessions.Session session = logIn(ctx, Requests.required(request.username(), "username"),
        Requests.required(request.password(), "password"))
        .orElseThrow(() -> new HttpRefusal(401, "login.failed", "", ""));
    Json.respond(ctx, 200, new LoginView(session.organiser().value(), session.csrfToken()));
  }

  private void apiLogOut(Context ctx) {
    logOut(ctx);
    ctx.status(204);
  }

  /** What an API client sends to log in. */
  record LoginRequest(String username, String password) {}

  /** Who is logged in, and the token every change must carry in {@value Auth#CSRF_HEADER}. */
  record LoginView(String username, String csrfToken) {}
}
