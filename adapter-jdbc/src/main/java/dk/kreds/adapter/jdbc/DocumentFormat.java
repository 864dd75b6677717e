package dk.kreds.adapter.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an aggregate's {@code State} is written to the JSON of its {@code document} column and read
 * back. Each aggregate says it field by field ({@link ActorDocument}, {@link CircleDocument},
 * {@link MeetingDocument}): the stored format is a contract that databases keep across releases, so it
 * is written down here rather than derived from the domain's records, where renaming a component would
 * silently change it. Values are read back through their checking constructors or parsers, so every
 * rule of a value is checked again on the way in; the aggregate's {@code restore} then checks the rules
 * across values.
 *
 * <p>Jackson's streaming parser and generator do the JSON. Its object mapper is not used: building one
 * and learning the records took a command-line run about 100 ms, more than reading the meeting itself
 * (docs/decisions/0047-document-formats.md).
 *
 * <p>The version is not in the document: the {@code version} column is the one truth, put back on read.
 */
abstract class DocumentFormat<S> {

  /** Safe to share once built; a field written twice is an error, not the last one winning. */
  private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final String name;

  /**
   * @param name the aggregate's name in errors
   */
  DocumentFormat(String name) {
    this.name = name;
  }

  /** The fields of {@code state}'s document, in the order the stored documents have them. */
  abstract void write(S state, DocumentWriter document);

  /** The state at {@code version} that {@code document}'s fields hold. */
  abstract S read(DocumentFields document, long version);

  /** The document of {@code state}, without its version (the row's column keeps it). */
  final String write(S state) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      write(state, new DocumentWriter(json));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The state in {@code document} at {@code version}.
   *
   * @throws IllegalStateException when the stored document breaks a rule or does not parse; the message
   *     names the field when the document's shape is wrong, the cause says more
   */
  final S read(String document, long version) {
    try (JsonParser json = JSON.createParser(document)) {
      json.nextToken();
      Object tree = value(json);
      if (json.nextToken() != null) {
        throw new DocumentFields.Malformed("", "goes on after its end");
      }
      return DocumentFields.read(tree, fields -> read(fields, version));
    } catch (DocumentFields.Malformed e) {
      throw new IllegalStateException("a stored " + name + " does not restore: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      // Not e.getMessage(): it may quote a stored value, i.e. personal data.
      throw new IllegalStateException("a stored " + name + " does not restore (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The JSON value at the parser's token: a Map, a List, a String, a Long, a Boolean or null. */
  private static Object value(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    if (token == null) {
      throw new DocumentFields.Malformed("", "is empty");
    }
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          json.nextToken();
          fields.put(field, value(json));
        }
        yield fields;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(json));
        }
        yield items;
      }
      case VALUE_STRING -> json.getText();
      case VALUE_NUMBER_INT -> json.getLongValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new DocumentFields.Malformed("", "holds a " + token + ", which no document has");
    };
  }
}
