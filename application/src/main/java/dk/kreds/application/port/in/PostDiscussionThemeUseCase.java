package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;

/** Posts a discussion theme (diskussionstema) to the circle's channel, dated today. */
public interface PostDiscussionThemeUseCase {

  void post(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, String title, String body, ContactRef author) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(author, "author");
    }
  }
}
