package dk.kreds.application.port.out;

import static java.util.Objects.requireNonNull;

/** Every out-port the use cases need, as one value to wire them with. */
public record Ports(ActorRepository actors, CircleRepository circles, MeetingRepository meetings, UnitOfWork unitOfWork) {

  public Ports {
    requireNonNull(actors, "actors");
    requireNonNull(circles, "circles");
    requireNonNull(meetings, "meetings");
    requireNonNull(unitOfWork, "unitOfWork");
  }
}
