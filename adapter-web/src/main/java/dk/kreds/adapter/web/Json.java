package dk.kreds.adapter.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The web app's JSON: request bodies read strictly (unknown fields, wrong types, duplicate keys,
 * trailing data and nesting deeper than {@value #MAX_DEPTH} are refused with a 400 naming the field),
 * responses written with ids and values as plain strings. Bodies are read up to
 * {@link WebSettings#MAX_BODY_BYTES}; one byte more is a 413.
 */
final class Json {

  /** Deeper than any request of the API needs; a deeper body is an attack or a mistake. */
  static final int MAX_DEPTH = 16;

  /** The most of a refused body read and dropped before the 413 (see {@link #discardBody}). */
  private static final long DRAIN_BYTES = 4L * WebSettings.MAX_BODY_BYTES;

  private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private static final ObjectMapper WRITER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .addModule(values())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private Json() {}

  /** The request body as {@code type}, read strictly. */
  static <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      // Also a CSRF defence: a form on another site cannot send application/json without asking first.
      throw HttpRefusal.badRequest("request.content-type", "", String.valueOf(contentType));
    }
    byte[] body = body(ctx);
    try {
      // The whole tree first, so that the nesting limit holds wherever the depth is.
      JsonNode tree = READER.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw HttpRefusal.badRequest("json.syntax", "", "");
      }
      return READER.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw HttpRefusal.badRequest("json.unknown-field", path(e), e.getPropertyName());
    } catch (StreamConstraintsException e) {
      throw HttpRefusal.badRequest("json.too-deep", "", String.valueOf(MAX_DEPTH));
    } catch (JsonMappingException e) {
      throw HttpRefusal.badRequest("json.type", path(e), "");
    } catch (JsonProcessingException e) {
      throw HttpRefusal.badRequest("json.syntax", "", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request body, at most {@link WebSettings#MAX_BODY_BYTES}; more is refused with 413. */
  static byte[] body(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(WebSettings.MAX_BODY_BYTES + 1);
      if (body.length > WebSettings.MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw HttpRefusal.badRequest("request.unreadable", "", "");
    }
  }

  /**
   * Before a 413: reads and drops what the client still sends, up to {@link #DRAIN_BYTES}, and closes the
   * connection after the answer. Closing on unread bytes would reset the connection, and the client could
   * lose the 413 while it is still sending; beyond the bound a client that keeps sending is cut off.
   */
  static void discardBody(Context ctx) {
    ctx.header("Connection", "close");
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      long left = DRAIN_BYTES;
      for (int read = 0; read >= 0 && left > 0; read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) {
        left -= read;
      }
    } catch (IOException | RuntimeException e) {
      // The client stopped sending or the stream was read already: nothing left to drop.
    }
  }

  static HttpRefusal tooLarge() {
    return new HttpRefusal(413, "request.too-large", "", String.valueOf(WebSettings.MAX_BODY_BYTES));
  }

  /** Writes {@code value} as the JSON response with status {@code status}. */
  static void respond(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(bytes(value));
  }

  static byte[] bytes(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /** Ids and checked values written as the strings they wrap. */
  private static SimpleModule values() {
    SimpleModule module = new SimpleModule("kreds-values");
    module.addSerializer(ActorId.class, scalar(ActorId.class, id -> id.value().toString()));
    module.addSerializer(CircleId.class, scalar(CircleId.class, id -> id.value().toString()));
    module.addSerializer(MeetingId.class, scalar(MeetingId.class, id -> id.value().toString()));
    module.addSerializer(ContactPersonId.class, scalar(ContactPersonId.class, id -> id.value().toString()));
    module.addSerializer(ActionItemId.class, scalar(ActionItemId.class, id -> id.value().toString()));
    module.addSerializer(Cvr.class, scalar(Cvr.class, Cvr::digits));
    module.addSerializer(Email.class, scalar(Email.class, Email::value));
    module.addSerializer(Phone.class, scalar(Phone.class, Phone::e164));
    module.addSerializer(Website.class, scalar(Website.class, website -> website.uri().toString()));
    return module;
  }

  private static <T> StdSerializer<T> scalar(Class<T> type, Function<T, String> text) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(text.apply(value));
      }
    };
  }
}
