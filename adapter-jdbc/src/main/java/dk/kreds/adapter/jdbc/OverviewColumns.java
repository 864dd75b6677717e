package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.shared.DanishOrder;
import java.util.List;
import java.util.Optional;

/**
 * The actor columns that let the field overview and long lists skip the documents: the Danish sort
 * key of the name, the RSV flag, and the activities one per line (a cleaned activity has no line
 * break).
 */
record OverviewColumns(byte[] sortKey, boolean rsv, String activities) {

  static OverviewColumns of(ActorProfile profile) {
    return new OverviewColumns(DanishOrder.sortKey(profile.name()), profile.rsv(), String.join("\n", profile.activities()));
  }

  /** The activities of the column, as the profile had them. */
  static List<String> activities(String column) {
    return column.isEmpty() ? List.of() : List.of(column.split("\n"));
  }

  /**
   * The summary columns but the name, packed by the query into one text, one line each: kind, RSV flag
   * (1 or 0), region (its line breaks made spaces; empty when unknown), then the activities column.
   * sqlite-jdbc crosses into native code once per column read, which was most of the overview's time.
   */
  static final String PACKED_SUMMARY =
      "kind || '\n' || CASE WHEN rsv THEN '1' ELSE '0' END || '\n' || replace(coalesce(region, ''), '\n', ' ') || '\n' || activities";

  /** The summary of the actor called {@code name} from its {@link #PACKED_SUMMARY}. */
  static ActorSummary summary(String name, String packed) {
    int kindEnd = packed.indexOf('\n');
    int regionEnd = packed.indexOf('\n', kindEnd + 3);
    String region = packed.substring(kindEnd + 3, regionEnd);
    return new ActorSummary(
        name,
        ActorKind.valueOf(packed.substring(0, kindEnd)),
        region.isEmpty() ? Optional.empty() : Optional.of(region),
        packed.charAt(kindEnd + 1) == '1',
        activities(packed.substring(regionEnd + 1)));
  }
}
