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

  private final DocumentFields parent; // null for the document itself
  private final String field; // the field of the parent that holds this object
  private final int index; // this object's place in that field's array, or -1
  private final Map<String, Object> unread;

  private DocumentFields(DocumentFields parent, String field, int index, Map<String, Object> fields) {
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.unread = fields;
  }

  /** What {@code read} makes of {@code document}, which must be an object as {@link DocumentFormat} parses it. */
  static <T> T read(Object document, Function<DocumentFields, T> read) {
    return read(null, null, -1, document, read);
  }

  String text(String name) {
    return text(required(name), name, -1);
  }

  /** The field's text, made into a value by {@code parse}, which checks it. */
  <T> T text(String name, Function<String, T> parse) {
    return parse(text(name), parse, name, -1);
  }

  Optional<String> optionalText(String name) {
    return optional(name).map(value -> text(value, name, -1));
  }

  <T> Optional<T> optionalText(String name, Function<String, T> parse) {
    return optionalText(name).map(text -> parse(text, parse, name, -1));
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
    return items(name, (index, item) -> parse(text(item, name, index), parse, name, index));
  }

  <T> T object(String name, Function<DocumentFields, T> read) {
    return read(this, name, -1, required(name), read);
  }

  <T> Optional<T> optionalObject(String name, Function<DocumentFields, T> read) {
    return optional(name).map(value -> read(this, name, -1, value, read));
  }

  <T> List<T> objects(String name, Function<DocumentFields, T> read) {
    return items(name, (index, item) -> read(this, name, index, item, read));
  }

  /** The error for a field whose text names no kind that the document knows. */
  Malformed unknown(String name) {
    return new Malformed(at(name), "names no known kind");
  }

  /** What {@code read} makes of {@code value}, the object in {@code parent}'s field (at {@code index}). */
  private static <T> T read(DocumentFields parent, String field, int index, Object value, Function<DocumentFields, T> read) {
    if (!(value instanceof Map<?, ?>)) {
      throw new Malformed(path(parent, field, index), "must be an object");
    }
    @SuppressWarnings("unchecked") // DocumentFormat makes every object a Map<String, Object>
    DocumentFields fields = new DocumentFields(parent, field, index, (Map<String, Object>) value);
    T made = read.apply(fields);
    fields.unread.keySet().stream().findFirst().ifPresent(name -> {
      throw new Malformed(fields.at(name), "is not a field of this document");
    });
    return made;
  }

  private <T> List<T> items(String name, Item<T> read) {
    if (!(required(name) instanceof List<?> items)) {
      throw new Malformed(at(name), "must be an array");
    }
    List<T> made = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      made.add(read.apply(i, items.get(i)));
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

  /** {@code value} as a text, or an error for the field {@code name} (its item {@code index} when not -1). */
  private String text(Object value, String name, int index) {
    if (value instanceof String text) {
      return text;
    }
    throw new Malformed(path(this, name, index), "must be a text");
  }

  private <T> T parse(String text, Function<String, T> parse, String name, int index) {
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new Malformed(path(this, name, index), "breaks a rule (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private String at(String name) {
    return path(this, name, -1);
  }

  /**
   * The path of {@code field} of {@code object} (its item {@code index} when not -1), e.g.
   * {@code plan.agenda[4].type}; {@code ""} for the document. Spelt out only for an error: a meeting's
   * hundreds of fields are read without it.
   */
  private static String path(DocumentFields object, String field, int index) {
    if (object == null) {
      return "";
    }
    String in = object.parent == null ? field : path(object.parent, object.field, object.index) + "." + field;
    return index < 0 ? in : in + "[" + index + "]";
  }

  private interface Item<T> {
    T apply(int index, Object item);
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
