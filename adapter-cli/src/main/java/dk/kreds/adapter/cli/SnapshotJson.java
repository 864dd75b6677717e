package dk.kreds.adapter.cli;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The file format of {@code kreds export} and {@code kreds import}, described in docs/export-format.md:
 * one object with {@code format} and the lists {@code actors}, {@code circles}, {@code meetings}, each
 * element an aggregate's state without its version, in the snapshot's order (by id). The same database
 * always gives the same bytes. The mapping is this adapter's own: the domain carries no annotation.
 */
final class SnapshotJson {

  private static final String VERSION = "version";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .addModule(scalars())
      .addMixIn(Response.class, ResponseMixin.class)
      .addMixIn(Round.class, RoundMixin.class)
      .addMixIn(ChallengeSource.class, ChallengeSourceMixin.class)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private SnapshotJson() {}

  /** The snapshot as JSON text, ending in one newline. */
  static String write(DatabaseSnapshot snapshot) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", snapshot.format());
    root.set("actors", states(snapshot.actors()));
    root.set("circles", states(snapshot.circles()));
    root.set("meetings", states(snapshot.meetings()));
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The snapshot in {@code json}, every state at version 0.
   *
   * @throws IllegalArgumentException when the text is not a Kreds export; the message names the problem
   *     and where it is
   * @throws DomainException when a value breaks a rule of the model
   */
  static DatabaseSnapshot read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("not a Kreds export: expected a JSON object with format, actors, circles, meetings");
      }
      JsonNode format = root.get("format");
      if (format == null || !format.canConvertToExactIntegral()) {
        throw new IllegalArgumentException("not a Kreds export: no \"format\" number");
      }
      if (format.asInt() != DatabaseSnapshot.FORMAT) {
        throw new IllegalArgumentException("format " + format.asText() + " is not one this program reads ("
            + DatabaseSnapshot.FORMAT + ")");
      }
      return new DatabaseSnapshot(format.asInt(),
          states(root, "actors", Actor.State.class),
          states(root, "circles", Circle.State.class),
          states(root, "meetings", Meeting.State.class));
    } catch (JsonProcessingException e) {
      DomainException broken = domainCause(e);
      if (broken != null) {
        throw broken;
      }
      throw new IllegalArgumentException("not a Kreds export: " + e.getOriginalMessage() + where(e), e);
    }
  }

  private static ArrayNode states(List<?> states) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Object state : states) {
      ObjectNode node = MAPPER.valueToTree(state);
      node.remove(VERSION);
      array.add(node);
    }
    return array;
  }

  private static <S> List<S> states(JsonNode root, String name, Class<S> type) throws JsonProcessingException {
    JsonNode array = root.get(name);
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("not a Kreds export: no \"" + name + "\" list");
    }
    List<S> states = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (!element.isObject()) {
        throw new IllegalArgumentException("not a Kreds export: " + name + "[" + i + "] is not an object");
      }
      ObjectNode node = ((ObjectNode) element).deepCopy();
      if (node.has(VERSION)) {
        throw new IllegalArgumentException(name + "[" + i + "]: an export carries no version");
      }
      node.put(VERSION, 0);
      try {
        states.add(MAPPER.treeToValue(node, type));
      } catch (JsonProcessingException e) {
        DomainException broken = domainCause(e);
        if (broken != null) {
          throw broken;
        }
        throw new IllegalArgumentException(name + "[" + i + "]: " + e.getOriginalMessage(), e);
      }
    }
    return states;
  }

  private static DomainException domainCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Ids and checked values as plain strings, read back through their checking constructors. */
  private static SimpleModule scalars() {
    SimpleModule module = new SimpleModule("kreds-export-scalars");
    scalar(module, ActorId.class, ActorId::parse);
    scalar(module, ContactPersonId.class, ContactPersonId::parse);
    scalar(module, CircleId.class, CircleId::parse);
    scalar(module, MeetingId.class, MeetingId::parse);
    scalar(module, ActionItemId.class, ActionItemId::parse);
    scalar(module, Cvr.class, Cvr::new);
    scalar(module, Email.class, Email::new);
    scalar(module, Phone.class, Phone::new);
    scalar(module, Website.class, text -> new Website(URI.create(text)));
    return module;
  }

  private static <T> void scalar(SimpleModule module, Class<T> type, Function<String, T> parse) {
    module.addSerializer(type, new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.toString());
      }
    });
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
          return parse.apply(parser.getValueAsString());
        } catch (IllegalArgumentException e) {
          throw context.weirdStringException(parser.getValueAsString(), type, e.getMessage());
        }
      }
    });
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Response.Pending.class, name = "pending"),
    @JsonSubTypes.Type(value = Response.Accepted.class, name = "accepted"),
    @JsonSubTypes.Type(value = Response.Declined.class, name = "declined")
  })
  private interface ResponseMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Round.Presentation.class, name = "presentation"),
    @JsonSubTypes.Type(value = Round.Dialogue.class, name = "dialogue"),
    @JsonSubTypes.Type(value = Round.Closing.class, name = "closing"),
    @JsonSubTypes.Type(value = Round.Other.class, name = "other")
  })
  private interface RoundMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ChallengeSource.InContribution.class, name = "contribution"),
    @JsonSubTypes.Type(value = ChallengeSource.InGroup.class, name = "group"),
    @JsonSubTypes.Type(value = ChallengeSource.InPlenary.class, name = "plenary")
  })
  private interface ChallengeSourceMixin {}
}
