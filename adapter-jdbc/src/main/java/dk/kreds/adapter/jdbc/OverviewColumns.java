package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.DanishOrder;
import java.util.List;

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
}
