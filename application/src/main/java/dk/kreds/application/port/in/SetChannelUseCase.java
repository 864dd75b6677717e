package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.shared.NotFoundException;

/** Sets the channel the circle posts discussion themes and summaries to. */
public interface SetChannelUseCase {

  /**
   * Sets the circle's channel, replacing an earlier one; themes posted before are kept.
   *
   * @param command the circle and the channel
   * @throws NotFoundException {@code circle.not-found}
   * @throws StaleWriteException when someone else changed the circle meanwhile; nothing is saved
   */
  void set(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, DiscussionChannel channel) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(channel, "channel");
    }
  }
}
