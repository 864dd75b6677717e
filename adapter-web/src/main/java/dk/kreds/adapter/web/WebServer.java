package dk.kreds.adapter.web;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.in.UseCases;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app on Jetty: the JSON API under {@code /api/v1}, the organiser pages and the RSVP pages,
 * all over the same {@link UseCases} as the command line.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(useCases, new WebSettings("127.0.0.1", 8080, baseUrl))) {
 *   server.join();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

  private static final Logger REQUESTS = LoggerFactory.getLogger("dk.kreds.web.requests");

  private final Javalin javalin;

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  /** Starts the server on {@code settings}' host and port; it serves until {@link #close()}. */
  public static WebServer start(UseCases useCases, WebSettings settings) {
    return launch(useCases, settings, Optional.empty(), null);
  }

  /**
   * Starts the server as {@link #start(UseCases, WebSettings)} does, with an import of actor files on the
   * actors page read by {@code actorFiles}.
   */
  public static WebServer start(UseCases useCases, WebSettings settings, ActorFileReader actorFiles) {
    return launch(useCases, settings, Optional.of(actorFiles), null);
  }

  /**
   * Starts the server as {@link #start(UseCases, WebSettings)} does, also serving {@code fixed}: for the
   * benchmark that compares a real page with the same bytes from memory.
   */
  public static WebServer start(UseCases useCases, WebSettings settings, FixedResponses fixed) {
    return launch(useCases, settings, Optional.empty(), fixed);
  }

  private static WebServer launch(UseCases useCases, WebSettings settings, Optional<ActorFileReader> actorFiles,
      FixedResponses fixed) {
    requireNonNull(useCases, "useCases");
    requireNonNull(settings, "settings");
    Javalin javalin = Javalin.create(config -> {
      configure(config, useCases, settings, actorFiles);
      if (fixed != null) {
        fixed.register(config.routes);
      }
    });
    javalin.start(settings.host(), settings.port());
    return new WebServer(javalin);
  }

  private static void configure(JavalinConfig config, UseCases useCases, WebSettings settings,
      Optional<ActorFileReader> actorFiles) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = WebSettings.MAX_BODY_BYTES;
    config.http.prefer405over404 = false;
    // An upload (the actors page's import) is held to the same cap, announced or not, and kept in memory.
    config.jetty.multipartConfig.maxTotalRequestSize(WebSettings.MAX_BODY_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(WebSettings.MAX_BODY_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(WebSettings.MAX_BODY_BYTES, SizeUnit.BYTES);
    config.requestLogger.http((ctx, millis) ->
        // The route template, never the path: paths carry ids and RSVP tokens.
        REQUESTS.info("{} {} {} {}ms", ctx.method(), Routes.template(ctx), ctx.statusCode(), Math.round(millis)));
    config.routes.before(ctx -> {
      SecurityHeaders.apply(ctx);
      long length = ctx.req().getContentLengthLong();
      if (length > WebSettings.MAX_BODY_BYTES) {
        throw Json.tooLarge();
      }
    });
    Html html = new Html();
    new Errors(html).register(config.routes);
    Sessions sessions = new Sessions(Clock.systemUTC());
    Auth auth = new Auth(useCases, sessions, new LoginThrottle(Clock.systemUTC()), settings.tls());
    config.routes.before(ApiRoutes.PREFIX + "/*", auth::guardApi);
    new Api(useCases, auth, settings.baseUrl()).register(config.routes);
    new Pages(useCases, auth, html, sessions, settings.baseUrl(), actorFiles).register(config.routes);
    new RsvpPages(useCases, html).register(config.routes);
    new ResponseCache(useCases.storeRevision()).register(config.routes);
  }

  /** The port the server listens on (the chosen one when started on port 0). */
  public int port() {
    return javalin.port();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    javalin.jettyServer().server().join();
  }

  /** Every route the server answers, as {@code METHOD path}, for the check against the OpenAPI document. */
  List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .toList();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
