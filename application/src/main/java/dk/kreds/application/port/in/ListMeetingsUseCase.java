package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/** Lists meetings, earliest first: every meeting, or one circle's. */
public interface ListMeetingsUseCase extends ReadOnlyUseCase {

  /**
   * Lists the meetings, earliest start first; changing what is returned changes nothing stored.
   *
   * @param command which circle's meetings, or all
   * @return the meetings with their plans, statuses, invitations and outcomes
   * @throws NotFoundException {@code circle.not-found} for a circle that does not exist
   */
  List<Meeting> list(Command command);

  /**
   * What the use case needs.
   *
   * @param circle the circle whose meetings to list; empty for every meeting
   */
  record Command(Optional<CircleId> circle) {
    public Command {
      requireNonNull(circle, "circle");
    }
  }
}
