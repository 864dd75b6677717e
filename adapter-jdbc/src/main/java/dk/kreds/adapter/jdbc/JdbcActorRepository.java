package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Actors in the {@code actor} table, with name key, kind, CVR, region, archived flag and parent as
 * columns. The database enforces the uniqueness of the name key and the CVR number too; should a
 * race get past the service's check, the broken constraint is reported as the rule it breaks.
 */
final class JdbcActorRepository implements ActorRepository {

  /** Ids per {@code IN (…)} list, well below every database's limit on parameters. */
  private static final int CHUNK = 500;

  /** The CVR constraint as SQLite and PostgreSQL name it; the rest of a message may quote a name. */
  private static final Pattern CVR_CONSTRAINT = Pattern.compile("constraint failed: actor\\.cvr\\b|\"actor_cvr_key\"");

  private final DocumentTable<Actor.State> table;
  private final Dialect dialect;

  JdbcActorRepository(DocumentTable<Actor.State> table, Dialect dialect) {
    this.table = table;
    this.dialect = dialect;
  }

  @Override
  public Optional<Actor> find(ActorId id) {
    return table.find(id.value()).map(Actor::restore);
  }

  @Override
  public List<Actor> findAllById(Collection<ActorId> ids) {
    return inChunks(boundIds(ids), chunk -> whereIn("id", chunk));
  }

  /** The distinct ids, as the database keeps them. */
  private List<Object> boundIds(Collection<ActorId> ids) {
    return ids.stream().distinct().map(id -> dialect.id(id.value())).toList();
  }

  /** The actors whose {@code column} is one of {@code values}. */
  private List<Actor> whereIn(String column, List<?> values) {
    return table.select("WHERE t." + column + " IN (" + Statements.placeholders(values.size()) + ")", values).stream()
        .map(Actor::restore).toList();
  }

  /** What {@code query} finds for each chunk of {@code values}, in order. */
  private static <T> List<T> inChunks(List<?> values, Function<List<?>, List<T>> query) {
    List<T> found = new ArrayList<>();
    for (int from = 0; from < values.size(); from += CHUNK) {
      found.addAll(query.apply(values.subList(from, Math.min(from + CHUNK, values.size()))));
    }
    return found;
  }

  @Override
  public Map<ActorId, String> namesOf(Collection<ActorId> ids) {
    Map<ActorId, String> names = new HashMap<>();
    inChunks(boundIds(ids), chunk -> table.query("SELECT id, name FROM actor WHERE id IN (" + Statements.placeholders(chunk.size()) + ")",
            chunk, rs -> Map.entry(new ActorId(UUID.fromString(rs.getString(1))), rs.getString(2))))
        .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
    return names;
  }

  @Override
  public List<Actor> findAll() {
    return table.all().stream().map(Actor::restore).toList();
  }

  /** From the columns alone, already sorted by the database on the names' Danish sort keys. */
  @Override
  public List<ActorSummary> activeSummaries() {
    return table.query("SELECT name, " + OverviewColumns.PACKED_SUMMARY + " FROM actor WHERE archived = ? ORDER BY sort_key, id",
        List.of(false), rs -> OverviewColumns.summary(rs.getString(1), rs.getString(2)));
  }

  @Override
  public List<ActorListing> listings(boolean includeArchived) {
    return ActorListings.read(table, dialect, includeArchived);
  }

  @Override
  public List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs) {
    Map<ActorId, Actor> found = new LinkedHashMap<>();
    inChunks(List.copyOf(nameKeys), chunk -> whereIn("name_key", chunk)).forEach(actor -> found.putIfAbsent(actor.id(), actor));
    inChunks(cvrs.stream().map(Cvr::digits).toList(), chunk -> whereIn("cvr", chunk))
        .forEach(actor -> found.putIfAbsent(actor.id(), actor));
    return List.copyOf(found.values());
  }

  @Override
  public void save(Actor actor) {
    table.save(actor.id().value(), actor.version(), actor.state(), columns(actor), DocumentTable.ChildRows.NONE, this::duplicate);
  }

  /**
   * New actors go in as batched inserts; an actor loaded before is updated on its own, as by {@link #save}.
   * The rows (a collation key and a JSON document each) are made on all cores before the inserts.
   */
  @Override
  public void saveAll(List<Actor> batch) {
    List<DocumentTable.Row> inserts = batch.parallelStream()
        .filter(actor -> actor.version() == 0)
        .map(actor -> table.row(actor.id().value(), actor.state(), columns(actor)))
        .toList();
    batch.stream().filter(actor -> actor.version() != 0).forEach(this::save);
    table.insertAll(inserts, this::duplicate);
  }

  /** What a broken unique constraint means, given the database's message. */
  private RuntimeException duplicate(String message, Map<String, Object> columns) {
    return CVR_CONSTRAINT.matcher(message).find()
        ? new RuleViolation(Rule.ACTOR_CVR_DUPLICATE, String.valueOf(columns.get("cvr")))
        : new RuleViolation(Rule.ACTOR_NAME_DUPLICATE, String.valueOf(columns.get("name")));
  }

  private Map<String, Object> columns(Actor actor) {
    ActorProfile profile = actor.profile();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("name", profile.name());
    columns.put("name_key", profile.nameKey());
    columns.put("kind", profile.kind().name());
    columns.put("cvr", profile.cvr().map(Cvr::digits).orElse(null));
    columns.put("region", profile.region().orElse(null));
    columns.put("archived", actor.archived());
    columns.put("parent_id", profile.parent().map(p -> dialect.id(p.value())).orElse(null));
    OverviewColumns overview = OverviewColumns.of(profile);
    columns.put("sort_key", overview.sortKey());
    columns.put("rsv", overview.rsv());
    columns.put("activities", overview.activities());
    return columns;
  }
}
