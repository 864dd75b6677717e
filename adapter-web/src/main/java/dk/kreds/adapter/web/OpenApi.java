package dk.kreds.adapter.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document of the JSON API, built from the same {@link Operation} list that the routes
 * are registered from; request and response schemas are read off the records. A test checks it against
 * the server's real routes.
 */
final class OpenApi {

  static final String PATH = ApiRoutes.PREFIX + "/openapi.json";

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");

  private final Map<String, Object> schemas = new TreeMap<>();

  private OpenApi() {}

  static Map<String, Object> document(List<Operation> operations) {
    OpenApi openApi = new OpenApi();
    Map<String, Object> paths = new TreeMap<>();
    for (Operation operation : operations) {
      @SuppressWarnings("unchecked")
      Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(operation.path(), key -> new TreeMap<>());
      path.put(operation.method().name().toLowerCase(java.util.Locale.ROOT), openApi.operation(operation));
    }
    openApi.schemas.put("ApiError", openApi.object(ApiError.class));
    return ordered(
        "openapi", "3.0.3",
        "info", ordered("title", "Kreds API", "version", "1",
            "description", "Every error is {code, message, field}: 400 bad input, 401 no session, 403 no CSRF token, "
                + "404 not found (also for what the caller may not see), 409 conflict, 410 expired link, "
                + "413 body over 1 MiB, 422 a broken rule of the model."),
        "paths", paths,
        "components", ordered("schemas", openApi.schemas));
  }

  private Map<String, Object> operation(Operation operation) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("summary", operation.summary());
    List<Object> parameters = new java.util.ArrayList<>();
    Matcher matcher = PARAMETER.matcher(operation.path());
    while (matcher.find()) {
      parameters.add(ordered("name", matcher.group(1), "in", "path", "required", true,
          "schema", ordered("type", "string", "format", "uuid")));
    }
    if (!parameters.isEmpty()) {
      result.put("parameters", parameters);
    }
    operation.request().ifPresent(type -> result.put("requestBody", ordered("required", true,
        "content", ordered("application/json", ordered("schema", schema(type))))));
    Map<String, Object> responses = new TreeMap<>();
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", operation.success() == 204 ? "done" : "ok");
    operation.response().ifPresent(type -> success.put("content", ordered("application/json",
        ordered("schema", operation.list() ? ordered("type", "array", "items", schema(type)) : schema(type)))));
    responses.put(String.valueOf(operation.success()), success);
    for (int status : operation.errors()) {
      responses.put(String.valueOf(status), ordered("description", "error",
          "content", ordered("application/json", ordered("schema", ordered("$ref", "#/components/schemas/ApiError")))));
    }
    result.put("responses", responses);
    return result;
  }

  private Object schema(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return schema(arguments[0]);
      }
      if (raw instanceof Class<?> rawClass && Collection.class.isAssignableFrom(rawClass)) {
        return ordered("type", "array", "items", schema(arguments[0]));
      }
      if (raw == Map.class) {
        return ordered("type", "object", "additionalProperties", schema(arguments[1]));
      }
      return ordered("type", "object");
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return ordered("type", "string");
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return ordered("type", "integer");
    }
    if (c == boolean.class || c == Boolean.class) {
      return ordered("type", "boolean");
    }
    if (c == UUID.class) {
      return ordered("type", "string", "format", "uuid");
    }
    if (c == LocalDate.class) {
      return ordered("type", "string", "format", "date");
    }
    if (c == OffsetDateTime.class || c == ZonedDateTime.class || c == Instant.class) {
      return ordered("type", "string", "format", "date-time");
    }
    if (c.isEnum()) {
      return ordered("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
    }
    if (c.isRecord() && !isScalar(c)) {
      String name = name(c);
      if (!schemas.containsKey(name)) {
        schemas.put(name, Map.of()); // a placeholder, so that a recursive record ends
        schemas.put(name, object(c));
      }
      return ordered("$ref", "#/components/schemas/" + name);
    }
    if (isScalar(c)) {
      return ordered("type", "string");
    }
    return ordered("type", "object");
  }

  private Map<String, Object> object(Class<?> record) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      properties.put(component.getName(), schema(component.getGenericType()));
    }
    return ordered("type", "object", "additionalProperties", false, "properties", properties);
  }

  /** Ids and checked values (one component, written as a string by {@link Json}). */
  private static boolean isScalar(Class<?> c) {
    return c.isRecord() && c.getRecordComponents().length == 1 && c.getPackageName().startsWith("dk.kreds.domain");
  }

  /** The record's name; a domain record nested in another is prefixed with it: {@code WriteUpGroup}. */
  private static String name(Class<?> c) {
    Class<?> enclosing = c.getEnclosingClass();
    return enclosing == null || !c.getPackageName().startsWith("dk.kreds.domain")
        ? c.getSimpleName() : enclosing.getSimpleName() + c.getSimpleName();
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
