package dk.kreds.adapter.web;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.field.FieldOverview;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.util.List;

/** The JSON API under {@value ApiRoutes#PREFIX} and its OpenAPI document. */
final class Api {

  private final ApiRoutes routes = new ApiRoutes();

  Api(UseCases useCases, Auth auth, URI baseUrl) {
    auth.register(routes);
    new ActorApi(useCases).register(routes);
    new CircleApi(useCases).register(routes);
    new MeetingApi(useCases, baseUrl).register(routes);
    new OutcomeApi(useCases).register(routes);
    new ContactApi(useCases).register(routes);
    routes.get("/field", "The field overview: actors by kind, region and activity", FieldOverview.class, false,
        List.of(), ctx -> Json.respond(ctx, 200, useCases.showFieldOverview().show()));
  }

  void register(RoutesConfig config) {
    routes.register(config);
    byte[] document = Json.bytes(OpenApi.document(routes.operations()));
    config.get(OpenApi.PATH, ctx -> ctx.contentType("application/json; charset=utf-8").result(document));
  }
}
