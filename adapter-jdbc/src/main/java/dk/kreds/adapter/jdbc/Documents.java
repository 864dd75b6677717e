package dk.kreds.adapter.jdbc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * An aggregate's {@code State} as the JSON of its {@code document} column. Jackson writes the records
 * as they are and reads them back through their constructors, so every rule of a value is checked
 * again on the way in; the aggregate's {@code restore} then checks the rules across values. The
 * domain carries no annotation: what Jackson needs to know is said here, in mix-ins and a module.
 *
 * <p>The version is not in the document: the {@code version} column is the one truth, put back on read.
 */
final class Documents {

  private static final String VERSION = "version";

  /** The document of {@code state}, without its version (the row's column keeps it). */
  String write(Object state) {
    try {
      return Mapper.INSTANCE.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The state in {@code json} at {@code version}.
   *
   * @throws IllegalStateException when the stored document breaks a rule or does not parse; the cause
   *     says which
   */
  <S> S read(String json, long version, Class<S> type) {
    try {
      ObjectNode node = (ObjectNode) Mapper.INSTANCE.readTree(json);
      node.put(VERSION, version);
      return Mapper.INSTANCE.treeToValue(node, type);
    } catch (IOException | RuntimeException e) {
      // Not e.getMessage(): it may quote a stored value, i.e. personal data.
      throw new IllegalStateException("a stored " + type.getSimpleName() + " does not restore (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Ids, checked values and times as plain strings, read back through their checking constructors or
   * parsers. The times are written as Jackson's JavaTimeModule wrote them (ISO-8601; a zoned time keeps
   * its seconds and its zone's id, which {@code ZonedDateTime.toString()} would not), without the
   * module's start-up: about 80 classes and a (de)serializer made for every {@code java.time} type.
   */
  private static SimpleModule scalars() {
    SimpleModule module = new SimpleModule("kreds-scalars");
    scalar(module, ActorId.class, ActorId::parse);
    scalar(module, ContactPersonId.class, ContactPersonId::parse);
    scalar(module, CircleId.class, CircleId::parse);
    scalar(module, MeetingId.class, MeetingId::parse);
    scalar(module, ActionItemId.class, ActionItemId::parse);
    scalar(module, Cvr.class, Cvr::new);
    scalar(module, Email.class, Email::new);
    scalar(module, Phone.class, Phone::new);
    scalar(module, Website.class, text -> new Website(URI.create(text)));
    scalar(module, Instant.class, IsoTimes::instant);
    scalar(module, LocalDate.class, IsoTimes::date);
    scalar(module, ZonedDateTime.class, DateTimeFormatter.ISO_ZONED_DATE_TIME::format, IsoTimes::zoned);
    return module;
  }

  /** Writes {@code type} as its {@code toString()} and reads it with {@code parse}. */
  private static <T> void scalar(SimpleModule module, Class<T> type, Function<String, T> parse) {
    scalar(module, type, Object::toString, parse);
  }

  /** Writes {@code type} as {@code text} makes it and reads it with {@code parse}. */
  private static <T> void scalar(SimpleModule module, Class<T> type, Function<T, String> text, Function<String, T> parse) {
    module.addSerializer(type, new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(text.apply(value));
      }
    });
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return parse.apply(parser.getValueAsString());
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

  /** An aggregate's state is written without its version and read with the row's. */
  @JsonIgnoreProperties(value = VERSION, allowSetters = true)
  private interface StateMixin {}

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

  /**
   * Built when a document is first read or written, not when the storage opens: a run that reads only
   * columns (a long list on the command line) never pays for Jackson's start. Shared, as Jackson's
   * mappers are safe to share once built.
   */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(scalars())
        .addMixIn(Response.class, ResponseMixin.class)
        .addMixIn(Round.class, RoundMixin.class)
        .addMixIn(ChallengeSource.class, ChallengeSourceMixin.class)
        .addMixIn(Actor.State.class, StateMixin.class)
        .addMixIn(Circle.State.class, StateMixin.class)
        .addMixIn(Meeting.State.class, StateMixin.class)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }
}
