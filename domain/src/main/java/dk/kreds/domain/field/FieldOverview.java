package dk.kreds.domain.field;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Builds the overview of the {@code active} actors: those not archived, given in Danish order of
   * their names (as {@code ActorRepository.activeSummaries()} returns them), which the lists keep.
   */
  public static FieldOverview of(List<ActorSummary> active) {
    Map<ActorKind, List<String>> byKind = new EnumMap<>(ActorKind.class);
    Map<String, Integer> regionCounts = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    Map<String, Interest> interests = new LinkedHashMap<>();
    int rsv = 0;
    for (ActorSummary actor : active) {
      byKind.computeIfAbsent(actor.kind(), k -> new ArrayList<>()).add(actor.name());
      regionCounts.merge(actor.region().orElse(""), 1, Integer::sum);
      rsv += actor.rsv() ? 1 : 0;
      for (String activity : actor.activities()) {
        // Labels repeat across thousands of actors; normalise each distinct one once.
        String key = keys.computeIfAbsent(activity, Text::key);
        interests.computeIfAbsent(key, k -> new Interest(activity)).add(actor);
      }
    }
    Map<String, Integer> byActivity = new LinkedHashMap<>();
    DanishOrder.sort(interests.values(), Interest::label).forEach(i -> byActivity.put(i.label, i.names.size()));
    List<CommonInterest> common = interests.values().stream()
        .filter(i -> i.kinds.size() >= 2)
        .map(i -> new CommonInterest(i.label, i.names, i.kinds.size()))
        .sorted(Comparator.comparingInt((CommonInterest ci) -> -ci.actors().size())
            .thenComparing(CommonInterest::activity, DanishOrder.texts()))
        .toList();
    return new FieldOverview(active.size(), rsv, byKind, inDanishOrder(regionCounts), byActivity, common);
  }

  private static Map<String, Integer> inDanishOrder(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    DanishOrder.sort(counts.keySet(), key -> key).forEach(key -> sorted.put(key, counts.get(key)));
    return sorted;
  }

  /** The actors that share one activity, under the label its first actor gave it. */
  private static final class Interest {
    private final String label;
    private final List<String> names = new ArrayList<>();
    private final Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);

    Interest(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    void add(ActorSummary actor) {
      names.add(actor.name());
      kinds.add(actor.kind());
    }
  }
}
