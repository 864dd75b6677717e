package dk.kreds.adapter.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * One operation of the JSON API as the OpenAPI document describes it: the route, what it does, the
 * body it reads and the one it answers with, and the error statuses it may answer.
 *
 * @param request the record read from the body, if any
 * @param response the record (or list of records, see {@code list}) answered with; empty for 204
 */
record Operation(
    HandlerType method,
    String path,
    String summary,
    Optional<Class<?>> request,
    Optional<Class<?>> response,
    boolean list,
    int success,
    List<Integer> errors,
    Handler handler) {}
