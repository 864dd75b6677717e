package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;

/** Sets the channel the circle posts discussion themes and summaries to. */
public interface SetChannelUseCase {

  void set(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, DiscussionChannel channel) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(channel, "channel");
    }
  }
}
