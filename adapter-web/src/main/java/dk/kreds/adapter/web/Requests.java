package dk.kreds.adapter.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers for turning request records into commands: required fields and absent lists. */
final class Requests {

  private Requests() {}

  /** {@code value}, or a 400 naming {@code field} when the body left it out. */
  static <T> T required(T value, String field) {
    if (value == null) {
      throw HttpRefusal.badRequest("json.missing", field, "");
    }
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  static <T> List<T> ids(List<UUID> values, String field, Function<UUID, T> wrap) {
    List<UUID> given = list(values);
    if (given.stream().anyMatch(Objects::isNull)) {
      throw HttpRefusal.badRequest("json.missing", field, "");
    }
    return given.stream().map(wrap).toList();
  }

  static Optional<String> optional(String value) {
    return Optional.ofNullable(value);
  }
}
