package dk.kreds.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of one JSON object of a document, read by name. Each field is read once; a missing or
 * {@code null} field that must have a value is an error, and so is a field left unread, as a document
 * with a field this program does not know cannot be written back without losing it. An optional field
 * may be {@code null} or absent, so that a component added to a record later reads older documents.
 * Errors name the field's path, never its value: a value may be personal data.
 */
final class DocumentFields {

  private final String path;
  private final Map<String, Object> unread;

  private DocumentFields(String path, Map<String, Object> fields) {
    this.path = path;
    this.unread = fields;
  }

  /**
   * What {@code read} makes of {@code value}, which must be an object as {@link DocumentFormat} parses
   * it, at {@code path} ({@code ""} for the document itself).
   */
  static <T> T read(String path, Object value, Function<DocumentFields, T> read) {
    if (!(value instanceof Map<?, ?>)) {
      throw new Malformed(path, "must be an object");
    }
    @SuppressWarnings("unchecked") // DocumentFormat makes every object a Map<String, Object>
    DocumentFields fields = new DocumentFields(path, (Map<String, Object>) value);
    T made = read.apply(fields);
    fields.unread.keySet().stream().findFirst().ifPresent(name -> {
      throw new Malformed(fields.at(name), "is not a field of this document");
    });
    return made;
  }

  String text(String name) {
    return text(at(name), required(name));
  }

  /** The field's text, made into a value by {@code parse}, which checks it. */
  <T> T text(String name, Function<String, T> parse) {
    return parse(at(name), text(name), parse);
  }

  Optional<String> optionalText(String name) {
    return optional(name).map(value -> text(at(name), value));
  }

  <T> Optional<T> optionalText(String name, Function<String, T> parse) {
    return optionalText(name).map(text -> parse(at(name), text, parse));
  }

  <E extends Enum<E>> E constant(String name, Class<E> type) {
    return text(name, text -> Enum.valueOf(type, text));
  }

  int integer(String name) {
    if (required(name) instanceof Long number && number == number.intValue()) {
      return number.intValue();
    }
    throw new Malformed(at(name), "must be a whole number");
  }

  boolean flag(String name) {
    if (required(name) instanceof Boolean flag) {
      return flag;
    }
    throw new Malformed(at(name), "must be true or false");
  }

  List<String> texts(String name) {
    return texts(name, Function.identity());
  }

  <T> List<T> texts(String name, Function<String, T> parse) {
    return items(name, (at, item) -> parse(at, text(at, item), parse));
  }

  <T> T object(String name, Function<DocumentFields, T> read) {
    return read(at(name), required(name), read);
  }

  <T> Optional<T> optionalObject(String name, Function<DocumentFields, T> read) {
    return optional(name).map(value -> read(at(name), value, read));
  }

  <T> List<T> objects(String name, Function<DocumentFields, T> read) {
    return items(name, (at, item) -> read(at, item, read));
  }

  /** The error for a field whose text names no kind that the document knows. */
  Malformed unknown(String name) {
    return new Malformed(at(name), "names no known kind");
  }

  private <T> List<T> items(String name, Item<T> read) {
    if (!(required(name) instanceof List<?> items)) {
      throw new Malformed(at(name), "must be an array");
    }
    List<T> made = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      made.add(read.apply(at(name) + "[" + i + "]", items.get(i)));
    }
    return made;
  }

  private Object required(String name) {
    if (!unread.containsKey(name)) {
      throw new Malformed(at(name), "is missing");
    }
    return optional(name).orElseThrow(() -> new Malformed(at(name), "must not be null"));
  }

  private Optional<Object> optional(String name) {
    return Optional.ofNullable(unread.remove(name));
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String text(String at, Object value) {
    if (value instanceof String text) {
      return text;
    }
    throw new Malformed(at, "must be a text");
  }

  private static <T> T parse(String at, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new Malformed(at, "breaks a rule (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private interface Item<T> {
    T apply(String at, Object item);
  }

  /** A document that is not what this program writes; the message names the field and the rule. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String field, String rule) {
      this(field, rule, null);
    }

    Malformed(String field, String rule, Throwable cause) {
      super((field.isEmpty() ? "the document" : "field '" + field + "'") + " " + rule, cause);
    }
  }
}
