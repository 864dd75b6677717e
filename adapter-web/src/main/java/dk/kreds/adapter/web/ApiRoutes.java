package dk.kreds.adapter.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Collects the API's operations, so that the routes and the OpenAPI document come from one list. */
final class ApiRoutes {

  static final String PREFIX = "/api/v1";
  /** What a change with a body may answer: unreadable, not found, conflict, too large, a broken rule. */
  static final List<Integer> CHANGE_ERRORS = List.of(400, 404, 409, 413, 422);

  private final List<Operation> operations = new ArrayList<>();

  /** A read: 200 with {@code response}. */
  void get(String path, String summary, Class<?> response, boolean list, List<Integer> errors, Handler handler) {
    operations.add(new Operation(HandlerType.GET, PREFIX + path, summary, Optional.empty(), Optional.of(response), list,
        200, errors, handler));
  }

  /** A change that creates: 201 with {@code response}. */
  void create(String path, String summary, Class<?> request, Class<?> response, List<Integer> errors, Handler handler) {
    operations.add(new Operation(HandlerType.POST, PREFIX + path, summary, Optional.of(request), Optional.of(response),
        false, 201, errors, handler));
  }

  /** A change with {@code request} that answers {@code response}, or 204 when it is null. */
  void change(HandlerType method, String path, String summary, Class<?> request, Class<?> response,
      List<Integer> errors, Handler handler) {
    operations.add(new Operation(method, PREFIX + path, summary, Optional.ofNullable(request),
        Optional.ofNullable(response), false, response == null ? 204 : 200, errors, handler));
  }

  /** A handler that changes what the path names ({@code target}) with the body read as {@code type}, answered 204. */
  static <T, R> Handler withBody(Function<Context, T> target, Class<R> type, BiConsumer<T, R> change) {
    return ctx -> {
      T named = target.apply(ctx);
      change.accept(named, Json.read(ctx, type));
      ctx.status(204);
    };
  }

  List<Operation> operations() {
    return List.copyOf(operations);
  }

  void register(RoutesConfig routes) {
    operations.forEach(operation -> routes.addHttpHandler(operation.method(), operation.path(), operation.handler()));
  }
}
