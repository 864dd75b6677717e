package dk.kreds.adapter.web;

import dk.kreds.application.port.in.DatabaseNotEmptyException;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.port.out.StorageException;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one {@link ApiError} body and its status: 400 bad input, 404 not found (also
 * for what the caller may not see), 409 conflict, 410 gone, 413 too large, 422 a broken rule; anything
 * unexpected is a 500 whose body and log line name the exception class only, never a stack trace in
 * the response or a value that may be personal data.
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Where a page (not the API) shows its errors. */
  private final Html html;

  Errors(Html html) {
    this.html = html;
  }

  void register(RoutesConfig routes) {
    routes.exception(HttpRefusal.class, this::refused);
    routes.exception(IllegalArgumentException.class, (e, ctx) ->
        respond(ctx, 400, "request.invalid", e.getMessage(), fieldOf(e.getMessage())));
    routes.exception(DomainException.class, (e, ctx) -> respond(ctx, e instanceof NotFoundException ? 404 : 422,
        e.code(), Languages.messages(ctx).error(e), e.field()));
    routes.exception(StaleWriteException.class, (e, ctx) -> {
      Messages messages = Languages.messages(ctx);
      respond(ctx, 409, "conflict", messages.text("error.conflict", messages.text("entity." + e.entity()), e.id()), "");
    });
    routes.exception(DatabaseNotEmptyException.class, (e, ctx) -> respond(ctx, 409, "database.not-empty", e.getMessage(), ""));
    routes.exception(ContentTooLargeResponse.class, (e, ctx) -> refused(Json.tooLarge(), ctx));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      String code = status == 404 || status == 405 ? "route.not-found" : "http." + status;
      respond(ctx, status == 405 ? 404 : status, code, Languages.messages(ctx).text("web.error.route.not-found"), "");
    });
    routes.exception(StorageException.class, (e, ctx) -> {
      LOG.error("storage failure in {} {}: {}", ctx.method(), Routes.template(ctx), e.getClass().getSimpleName());
      respond(ctx, 503, "storage", Languages.messages(ctx).text("web.error.storage"), "");
    });
    routes.exception(Exception.class, (e, ctx) -> {
      // The class only: a message may quote a value, i.e. personal data.
      LOG.error("unexpected {} in {} {}", e.getClass().getName(), ctx.method(), Routes.template(ctx));
      respond(ctx, 500, "internal", Languages.messages(ctx).text("error.internal", e.getClass().getSimpleName()), "");
    });
  }

  private void refused(HttpRefusal e, Context ctx) {
    if (e.status() == 413) {
      Json.discardBody(ctx);
    }
    Messages messages = Languages.messages(ctx);
    String field = e.field().isEmpty() ? messages.text("web.field.body") : e.field();
    respond(ctx, e.status(), e.code(), messages.text("web.error." + e.code(), field, e.getMessage()), e.field());
  }

  /** Commands say which field is wrong by starting their message with it: "actors: at least one". */
  private static String fieldOf(String message) {
    if (message == null) {
      return "";
    }
    int colon = message.indexOf(':');
    String head = colon < 0 ? "" : message.substring(0, colon);
    return head.matches("[A-Za-z][A-Za-z0-9.]*") ? head : "";
  }

  /** The error as JSON for the API, as a page for a browser. */
  private void respond(Context ctx, int status, String code, String message, String field) {
    SecurityHeaders.apply(ctx);
    if (ctx.path().startsWith(ApiRoutes.PREFIX + "/")) {
      Json.respond(ctx, status, new ApiError(code, message, field));
    } else {
      Page page = new Page(Languages.messages(ctx), Languages.messages(ctx).text("page.error"), "", "", ctx.path());
      html.render(ctx, status, "error", Map.of("page", page, "message", message));
    }
  }
}
