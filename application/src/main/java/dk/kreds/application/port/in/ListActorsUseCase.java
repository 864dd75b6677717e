package dk.kreds.application.port.in;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.shared.DanishOrder;
import java.util.List;

/** Lists actors by name in Danish order. */
public interface ListActorsUseCase extends ReadOnlyUseCase {

  /**
   * Lists the actors, sorted by name as a Danish reader expects ({@link DanishOrder}).
   *
   * @param command whether to include archived actors
   * @return the actors, archived ones only when asked for
   */
  List<Actor> list(Command command);

  /**
   * Lists what a list shows of each actor, in the same order as {@link #list}, without reading whole
   * actors: for long lists that show a few facts of each.
   *
   * @param command whether to include archived actors
   * @return the listings, archived ones only when asked for
   */
  List<ActorListing> listings(Command command);

  /**
   * What the use case needs.
   *
   * @param includeArchived whether archived actors are listed too
   */
  record Command(boolean includeArchived) {
  }
}
