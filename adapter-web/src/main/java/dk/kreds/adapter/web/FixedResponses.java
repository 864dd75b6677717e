package dk.kreds.adapter.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Responses held in memory, served at {@code /bench/{name}} behind the same filters as every page (the
 * session check, the security headers, the request log). Only a benchmark passes them to
 * {@link WebServer#start(dk.kreds.application.port.in.UseCases, WebSettings, FixedResponses)}: they
 * measure what the server costs without the use case, the storage and the rendering. {@code kreds
 * serve} has none.
 */
public final class FixedResponses {

  private record Fixed(String contentType, byte[] body) {}

  private final Map<String, Fixed> responses = new ConcurrentHashMap<>();

  /** Serves {@code body} as {@code contentType} at {@code /bench/name} from now on. */
  public void put(String name, String contentType, byte[] body) {
    responses.put(name, new Fixed(contentType, body.clone()));
  }

  void register(RoutesConfig routes) {
    routes.get("/bench/{name}", ctx -> {
      Fixed fixed = responses.get(ctx.pathParam("name"));
      if (fixed == null) {
        throw new HttpRefusal(404, "route.not-found", "", "");
      }
      ctx.contentType(fixed.contentType()).result(fixed.body());
    });
  }
}
