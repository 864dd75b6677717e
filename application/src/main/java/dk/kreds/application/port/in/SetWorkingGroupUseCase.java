package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import java.util.List;

/** Names the working group (arbejdsgruppe) that carries the circle forward. */
public interface SetWorkingGroupUseCase {

  void set(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, List<ContactRef> persons) {
    public Command {
      requireNonNull(circle, "circle");
      persons = List.copyOf(persons);
    }
  }
}
