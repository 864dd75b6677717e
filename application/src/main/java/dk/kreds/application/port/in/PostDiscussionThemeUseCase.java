package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Posts a discussion theme (diskussionstema) to the circle's channel, dated today. */
public interface PostDiscussionThemeUseCase {

  /**
   * Adds the theme to the circle's themes, dated today, under its author.
   *
   * @param command the circle, the theme and its author
   * @throws RuleViolation {@code theme.title.length}, {@code theme.body.length},
   *     {@code theme.channel.missing} when the circle has no channel (see {@link SetChannelUseCase})
   * @throws NotFoundException {@code circle.not-found}; {@code actor.not-found} or
   *     {@code contact.not-found} for an author that does not exist
   * @throws StaleWriteException when someone else changed the circle meanwhile; nothing is saved
   */
  void post(Command command);

  /**
   * What the use case needs.
   *
   * @param title 1–200 characters
   * @param body at most 20,000 characters; may be empty
   * @param author the contact person who posts it
   */
  record Command(CircleId circle, String title, String body, ContactRef author) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(author, "author");
    }
  }
}
