package dk.kreds.adapter.web;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.UUID;
import java.util.function.Function;

/** Path parameters read as ids, and the route template of a request for the log. */
final class Routes {

  private Routes() {}

  static ActorId actor(Context ctx) {
    return id(ctx, "actor", ActorId::new);
  }

  static CircleId circle(Context ctx) {
    return id(ctx, "circle", CircleId::new);
  }

  static MeetingId meeting(Context ctx) {
    return id(ctx, "meeting", MeetingId::new);
  }

  /** The contact person {@code {contact}} of the actor {@code {actor}}. */
  static ContactRef contact(Context ctx) {
    return new ContactRef(actor(ctx), id(ctx, "contact", ContactPersonId::new));
  }

  static ActionItemId item(Context ctx) {
    return id(ctx, "item", ActionItemId::new);
  }

  /** A malformed id cannot name anything: 404 like an unknown one, so ids cannot be probed by form. */
  private static <T> T id(Context ctx, String name, Function<UUID, T> wrap) {
    String text = ctx.pathParam(name);
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException(name);
      }
      return wrap.apply(uuid);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(name, text);
    }
  }

  /**
   * The matched route, e.g. {@code /rsvp/{token}}: what the request log shows instead of the path, so no
   * token or id reaches a log line.
   */
  static String template(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "(no route)" : endpoint.path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }
}
