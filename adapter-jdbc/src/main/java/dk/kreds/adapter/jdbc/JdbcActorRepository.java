package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Map<ActorId, Actor> found = new LinkedHashMap<>();
    selectInChunks("id", ids.stream().distinct().map(id -> dialect.id(id.value())).toList(), found);
    return new ArrayList<>(found.values());
  }

  @Override
  public List<Actor> findAll() {
    return table.all().stream().map(Actor::restore).toList();
  }

  @Override
  public List<Actor> findByNameKeyOrCvr(String nameKey, Optional<Cvr> cvr) {
    return table.select("WHERE t.name_key = :nameKey OR t.cvr = :cvr",
            q -> q.bind("nameKey", nameKey).bind("cvr", cvr.map(Cvr::digits).orElse(null)))
        .stream().map(Actor::restore).toList();
  }

  @Override
  public List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs) {
    Map<ActorId, Actor> found = new LinkedHashMap<>();
    selectInChunks("name_key", List.copyOf(new LinkedHashSet<>(nameKeys)), found);
    selectInChunks("cvr", cvrs.stream().distinct().map(Cvr::digits).toList(), found);
    return List.copyOf(found.values());
  }

  /** Adds the actors whose {@code column} is one of {@code values}, {@value #CHUNK} values per query. */
  private void selectInChunks(String column, List<?> values, Map<ActorId, Actor> found) {
    for (int from = 0; from < values.size(); from += CHUNK) {
      List<?> chunk = values.subList(from, Math.min(from + CHUNK, values.size()));
      table.select("WHERE t." + column + " IN (<values>)", q -> q.bindList("values", chunk))
          .forEach(state -> found.putIfAbsent(state.id(), Actor.restore(state)));
    }
  }

  @Override
  public void save(Actor actor) {
    ActorProfile profile = actor.profile();
    table.save(actor.id().value(), actor.version(), actor.state(), columns(actor), handle -> {}, message -> duplicate(profile, message));
  }

  @Override
  public void saveAll(List<Actor> batch) {
    table.insertAll(batch.stream().filter(a -> a.version() == 0)
            .map(a -> new DocumentTable.NewRow<>(a.id().value(), a.state(), columns(a))).toList(),
        (row, message) -> duplicate(row.state().profile(), message));
    batch.stream().filter(a -> a.version() != 0).forEach(this::save);
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
    return columns;
  }

  /** The rule a broken unique constraint stands for: the CVR number's, else the name key's. */
  private static RuleViolation duplicate(ActorProfile profile, String message) {
    return CVR_CONSTRAINT.matcher(message).find()
        ? new RuleViolation(Rule.ACTOR_CVR_DUPLICATE, profile.cvr().map(Cvr::digits).orElse(""))
        : new RuleViolation(Rule.ACTOR_NAME_DUPLICATE, profile.name());
  }
}
