package dk.kreds.application.port.in;

import dk.kreds.domain.actor.Actor;
import java.util.List;

/** Lists actors by name in Danish order. */
public interface ListActorsUseCase {

  List<Actor> list(Command command);

  /** What the use case needs. */
  record Command(boolean includeArchived) {
  }
}
