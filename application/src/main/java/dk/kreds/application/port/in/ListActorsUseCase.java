package dk.kreds.application.port.in;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.shared.DanishOrder;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
   * The names of the actors {@code actors}, archived or not, without reading whole actors or the rest
   * of the field: to name the people of a meeting in a field of any size.
   *
   * @param actors the actors; an id of no actor is left out of the answer
   * @return each known actor's name
   */
  Map<ActorId, String> names(Collection<ActorId> actors);

  /**
   * The actors {@code actors}, archived or not, without reading the rest of the field: to show the
   * people of a meeting with their contact persons in a field of any size.
   *
   * @param actors the actors; an id of no actor is left out of the answer
   * @return each known actor, in no particular order
   */
  List<Actor> actors(Collection<ActorId> actors);

  /**
   * What the use case needs.
   *
   * @param includeArchived whether archived actors are listed too
   */
  record Command(boolean includeArchived) {
  }
}
