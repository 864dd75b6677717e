package dk.kreds.domain.meeting;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.Membership;
import dk.kreds.domain.shared.DanishOrder;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who to invite to the next meeting: the circle's members are carried over, and the circle is
 * supplemented ("suppleret med relevante deltagere") with actors it lacks.
 */
public final class FollowUpPlanner {

  private FollowUpPlanner() {}

  /** The circle's members that are not archived, in the order they joined. */
  public static List<ActorId> carriedOver(Circle circle, Collection<Actor> actors) {
    Map<ActorId, Actor> byId = byId(actors);
    return circle.members().stream()
        .map(Membership::actor)
        .filter(id -> byId.containsKey(id) && !byId.get(id).archived())
        .toList();
  }

  /**
   * Actors suggested to supplement the circle: first those mentioned in the meeting's contributions
   * but never invited, then actors of kinds the circle has no member of. Archived actors and members
   * are never suggested. Within each part, names are in Danish order.
   */
  public static List<ActorId> suggested(Meeting meeting, Circle circle, Collection<Actor> actors) {
    Map<ActorId, Actor> byId = byId(actors);
    Set<ActorKind> present = EnumSet.noneOf(ActorKind.class);
    circle.members().stream()
        .map(m -> byId.get(m.actor()))
        .filter(a -> a != null)
        .forEach(a -> present.add(a.kind()));
    List<Actor> candidates = DanishOrder.sort(
        actors.stream().filter(a -> !a.archived() && !circle.isMember(a.id())).toList(), Actor::name);
    Set<ActorId> mentioned = meeting.contributions().stream()
        .flatMap(c -> c.mentions().stream())
        .filter(id -> !meeting.isInvited(id))
        .collect(Collectors.toSet());
    Set<ActorId> suggestions = new LinkedHashSet<>();
    candidates.stream().filter(a -> mentioned.contains(a.id())).forEach(a -> suggestions.add(a.id()));
    candidates.stream().filter(a -> !present.contains(a.kind())).forEach(a -> suggestions.add(a.id()));
    return List.copyOf(suggestions);
  }

  private static Map<ActorId, Actor> byId(Collection<Actor> actors) {
    return actors.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
  }
}
