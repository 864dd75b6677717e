package dk.kreds.adapter.web;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Reading the organiser pages' form fields and query parameters: a missing or unreadable value is a 400 naming the field. */
final class Forms {

  private Forms() {}

  /** The field's value; 400 {@code form.missing} without it. */
  static String required(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null) {
      throw HttpRefusal.badRequest("form.missing", name, "");
    }
    return value;
  }

  /** The field's value stripped, empty when absent or blank. */
  static Optional<String> optional(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(value -> !value.isEmpty());
  }

  /** The field read by {@code parser}, empty when absent or blank; 400 {@code form.value} when unreadable. */
  static <T> Optional<T> optional(Context ctx, String name, Function<String, T> parser) {
    return optional(ctx, name).map(value -> parse(value, name, parser));
  }

  static UUID uuid(String text, String field) {
    return parse(text, field, UUID::fromString);
  }

  /** {@code text} read by {@code parser}; 400 {@code form.value} naming {@code field} when it cannot be. */
  static <T> T parse(String text, String field, Function<String, T> parser) {
    return parse("form.value", text, field, parser);
  }

  /** The query parameter {@code field}'s {@code text} read by {@code parser}; 400 {@code query.value} when it cannot be. */
  static <T> T parseQuery(String text, String field, Function<String, T> parser) {
    return parse("query.value", text, field, parser);
  }

  private static <T> T parse(String code, String text, String field, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw HttpRefusal.badRequest(code, field, text);
    }
  }

  /** A contact person as the forms send it: {@code actor-id/contact-id}. */
  static ContactRef person(String value) {
    String[] parts = value.split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException(value);
    }
    return new ContactRef(new ActorId(UUID.fromString(parts[0])), new ContactPersonId(UUID.fromString(parts[1])));
  }

  /** The form value of a contact person, read back by {@link #person}. */
  static String personValue(ContactRef person) {
    return person.actor().value() + "/" + person.contact().value();
  }

  /** Post/redirect/get: the answer to a form is a 303 to the page that shows the result. */
  static void seeOther(Context ctx, String location) {
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }
}
