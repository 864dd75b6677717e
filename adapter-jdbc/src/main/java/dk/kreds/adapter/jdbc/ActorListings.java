package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.Cvr;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The actor lists of {@link JdbcActorRepository#listings}, from the columns and, for the short name that
 * has no column, the database's own JSON functions: no document goes through Jackson, and the database
 * sorts on the names' Danish sort keys. A command-line {@code kreds actor list} spends most of its time
 * on those two otherwise (docs/decisions/0021-cli-start-up.md).
 */
final class ActorListings {

  private ActorListings() {}

  static List<ActorListing> read(DocumentTable<Actor.State> table, Dialect dialect, boolean includeArchived) {
    String shortName = dialect == Dialect.SQLITE
        ? "json_extract(document, '$.profile.shortName')"
        : "document::jsonb #>> '{profile,shortName}'";
    String sql = "SELECT id, name, " + shortName + ", kind, region, cvr, rsv, archived FROM actor"
        + (includeArchived ? "" : " WHERE archived = ?") + " ORDER BY sort_key, id";
    return table.query(sql, includeArchived ? List.of() : List.of(false),
        rs -> new ActorListing(
            new ActorId(UUID.fromString(rs.getString(1))),
            rs.getString(2),
            Optional.ofNullable(rs.getString(3)),
            ActorKind.valueOf(rs.getString(4)),
            Optional.ofNullable(rs.getString(5)),
            Optional.ofNullable(rs.getString(6)).map(Cvr::new),
            rs.getBoolean(7),
            rs.getBoolean(8)));
  }
}
