package dk.kreds.adapter.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the fields of a document's JSON objects in the order called, which is the order the stored
 * documents have always had: a record's components in turn. A value is written as its
 * {@code toString()}, the text its type's {@code parse} or checking constructor reads back; an absent
 * one as {@code null}.
 */
final class DocumentWriter {

  private final JsonGenerator json;

  DocumentWriter(JsonGenerator json) {
    this.json = json;
  }

  /** {@code name}: the text of {@code value}. */
  DocumentWriter text(String name, Object value) {
    return write(() -> json.writeStringField(name, value == null ? null : value.toString()));
  }

  /** {@code name}: the text of {@code value}, or {@code null} when it is empty. */
  DocumentWriter optional(String name, Optional<?> value) {
    return text(name, value.orElse(null));
  }

  /** {@code name}: the constant's name, as {@link Enum#valueOf} reads it. */
  DocumentWriter constant(String name, Enum<?> value) {
    return text(name, value.name());
  }

  DocumentWriter number(String name, long value) {
    return write(() -> json.writeNumberField(name, value));
  }

  DocumentWriter flag(String name, boolean value) {
    return write(() -> json.writeBooleanField(name, value));
  }

  /** {@code name}: an array of the texts of {@code values}. */
  DocumentWriter texts(String name, List<?> values) {
    return write(() -> {
      json.writeArrayFieldStart(name);
      for (Object value : values) {
        json.writeString(value.toString());
      }
      json.writeEndArray();
    });
  }

  /** {@code name}: an object with the fields that {@code fields} writes of {@code value}. */
  <T> DocumentWriter object(String name, T value, BiConsumer<T, DocumentWriter> fields) {
    return write(() -> {
      json.writeObjectFieldStart(name);
      fields.accept(value, this);
      json.writeEndObject();
    });
  }

  /** Like {@link #object}, or {@code null} when {@code value} is empty. */
  <T> DocumentWriter optionalObject(String name, Optional<T> value, BiConsumer<T, DocumentWriter> fields) {
    return value.isPresent() ? object(name, value.get(), fields) : write(() -> json.writeNullField(name));
  }

  /** {@code name}: an array with an object for each of {@code values}. */
  <T> DocumentWriter objects(String name, List<T> values, BiConsumer<T, DocumentWriter> fields) {
    return write(() -> {
      json.writeArrayFieldStart(name);
      for (T value : values) {
        json.writeStartObject();
        fields.accept(value, this);
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }

  private DocumentWriter write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private interface Step {
    void run() throws IOException;
  }
}
