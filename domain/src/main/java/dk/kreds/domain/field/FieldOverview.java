package dk.kreds.domain.field;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An overview of the field (feltet): its actors by kind, region and activity, and the common
 * interests across kinds. Archived actors are left out. Names and regions are in Danish order.
 *
 * @param actors how many actors are active
 * @param rsv how many of them are registered social-economy enterprises
 * @param byKind actor names per kind, for kinds that have any, in the kinds' order
 * @param byRegion actor counts per region; actors without one count under the empty string
 * @param byActivity actor counts per activity
 * @param commonInterests activities shared across kinds, most widely shared first
 */
public record FieldOverview(
    int actors,
    int rsv,
    Map<ActorKind, List<String>> byKind,
    Map<String, Integer> byRegion,
    Map<String, Integer> byActivity,
    List<CommonInterest> commonInterests) {

  public FieldOverview {
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
    byActivity = Collections.unmodifiableMap(new LinkedHashMap<>(byActivity));
    commonInterests = List.copyOf(commonInterests);
  }

  /** Builds the overview of {@code all}. */
  public static FieldOverview of(Collection<Actor> all) {
    List<Actor> active = all.stream().filter(a -> !a.archived()).sorted(DanishOrder.by(Actor::name)).toList();
    Map<ActorKind, List<String>> byKind = new EnumMap<>(ActorKind.class);
    active.forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.name()));
    Map<String, Integer> byRegion = new TreeMap<>(DanishOrder.texts());
    active.forEach(a -> byRegion.merge(a.profile().region().orElse(""), 1, Integer::sum));
    Map<String, List<Actor>> byActivityKey = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    for (Actor actor : active) {
      for (String activity : actor.profile().activities()) {
        String key = Text.key(activity);
        label.putIfAbsent(key, activity);
        byActivityKey.computeIfAbsent(key, k -> new ArrayList<>()).add(actor);
      }
    }
    Map<String, Integer> byActivity = new TreeMap<>(DanishOrder.texts());
    byActivityKey.forEach((key, actors) -> byActivity.put(label.get(key), actors.size()));
    List<CommonInterest> common = byActivityKey.entrySet().stream()
        .map(e -> new CommonInterest(
            label.get(e.getKey()),
            e.getValue().stream().map(Actor::name).toList(),
            (int) e.getValue().stream().map(Actor::kind).distinct().count()))
        .filter(ci -> ci.kinds() >= 2)
        .sorted(Comparator.comparingInt((CommonInterest ci) -> -ci.actors().size())
            .thenComparing(CommonInterest::activity, DanishOrder.texts()))
        .collect(Collectors.toList());
    int rsv = (int) active.stream().filter(a -> a.profile().rsv()).count();
    return new FieldOverview(active.size(), rsv, byKind, byRegion, byActivity, common);
  }
}
