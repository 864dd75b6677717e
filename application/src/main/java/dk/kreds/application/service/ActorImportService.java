package dk.kreds.application.service;

import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a list of actors: each entry is checked against the field and the entries before it, and
 * only then is anything stored, so that all or nothing needs no rollback of half a batch. The entries
 * are taken in chunks as they come, so that a file can be read on another core while they are checked.
 */
public final class ActorImportService implements ImportActorsUseCase {

  /** Entries per look-up of the stored actors they may match. */
  private static final int CHUNK = 1_000;

  /** Actors per call of {@link ActorRepository#saveAll}. */
  private static final int SAVE_CHUNK = 5_000;

  private final ActorRepository actors;
  private final UnitOfWork unitOfWork;

  public ActorImportService(ActorRepository actors, UnitOfWork unitOfWork) {
    this.actors = actors;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Result importActors(Command command) {
    return unitOfWork.inTransaction(() -> {
      Seen seen = new Seen(new HashSet<>(), new HashSet<>(), new HashSet<>());
      List<Outcome> outcomes = new ArrayList<>();
      List<Actor> toSave = new ArrayList<>();
      Iterator<Entry> entries = command.entries().iterator();
      while (entries.hasNext()) {
        List<Entry> chunk = nextChunk(entries);
        Field field = field(chunk);
        for (Entry entry : chunk) {
          Plan plan = plan(entry, field, seen);
          outcomes.add(plan.outcome());
          plan.toSave().ifPresent(toSave::add);
        }
      }
      boolean store = !outcomes.isEmpty() && !command.dryRun() && command.entries().storable()
          && (command.mode() == Mode.SKIP_REFUSED || outcomes.stream().noneMatch(Refused.class::isInstance));
      if (store) {
        saveInChunks(toSave.stream().distinct().collect(Collectors.toCollection(ArrayList::new)));
      }
      return new Result(outcomes, store);
    });
  }

  /**
   * The next entries, up to {@value #CHUNK}: the stored actors they may match are looked up together, and
   * the entries after them may still be being read meanwhile.
   */
  private static List<Entry> nextChunk(Iterator<Entry> entries) {
    List<Entry> chunk = new ArrayList<>(CHUNK);
    while (chunk.size() < CHUNK && entries.hasNext()) {
      chunk.add(entries.next());
    }
    return chunk;
  }

  /**
   * Saves {@code toSave} a chunk at a time, letting go of each chunk once it is saved: what the store
   * makes of an actor to write it (its row, its document) is then garbage at once instead of being held
   * for a hundred thousand actors.
   */
  private void saveInChunks(List<Actor> toSave) {
    while (!toSave.isEmpty()) {
      List<Actor> chunk = toSave.subList(0, Math.min(SAVE_CHUNK, toSave.size()));
      actors.saveAll(List.copyOf(chunk));
      chunk.clear();
    }
  }

  /** The stored actors the entries may match, by name key and by CVR number, loaded in one look-up. */
  private record Field(Map<String, Actor> byNameKey, Map<Cvr, Actor> byCvr) {
    List<Actor> matching(ActorProfile profile) {
      Set<Actor> matching = new LinkedHashSet<>();
      profile.cvr().map(byCvr::get).ifPresent(matching::add);
      Optional.ofNullable(byNameKey.get(profile.nameKey())).ifPresent(matching::add);
      return List.copyOf(matching);
    }
  }

  private Field field(List<Entry> entries) {
    List<String> nameKeys = entries.stream().map(e -> e.profile().nameKey()).toList();
    List<Cvr> cvrs = entries.stream().flatMap(e -> e.profile().cvr().stream()).toList();
    Map<String, Actor> byNameKey = new HashMap<>();
    Map<Cvr, Actor> byCvr = new HashMap<>();
    for (Actor actor : actors.findByNameKeysOrCvrs(nameKeys, cvrs)) {
      byNameKey.put(actor.profile().nameKey(), actor);
      actor.profile().cvr().ifPresent(cvr -> byCvr.put(cvr, actor));
    }
    return new Field(byNameKey, byCvr);
  }

  /** The name keys and CVR numbers of the entries checked so far, and the stored actors they matched. */
  private record Seen(Set<String> nameKeys, Set<Cvr> cvrs, Set<ActorId> matched) {}

  /** What one entry will do: the actor to save, if any, and the outcome reported for it. */
  private record Plan(Optional<Actor> toSave, Outcome outcome) {}

  private Plan plan(Entry entry, Field field, Seen seen) {
    ActorProfile profile = entry.profile();
    try {
      RuleViolation.require(seen.nameKeys().add(profile.nameKey()), Rule.ACTOR_NAME_DUPLICATE, profile.name());
      profile.cvr().ifPresent(cvr -> RuleViolation.require(seen.cvrs().add(cvr), Rule.ACTOR_CVR_DUPLICATE, cvr.digits()));
      List<Actor> stored = field.matching(profile);
      if (stored.isEmpty()) {
        profile.parent().ifPresent(actors::get); // a new actor cannot close a cycle; its parent must exist
        Actor actor = Actor.register(actors.nextId(), profile);
        addNewContacts(actor, entry.contacts());
        return new Plan(Optional.of(actor), new Registered(actor.id()));
      }
      Actor match = match(profile, stored);
      // Two entries that differ in name and CVR number can still point at one stored actor.
      RuleViolation.require(seen.matched().add(match.id()), Rule.ACTOR_NAME_DUPLICATE, profile.name());
      int added = addNewContacts(match, entry.contacts());
      return new Plan(added > 0 ? Optional.of(match) : Optional.empty(), new Matched(match.id(), added));
    } catch (DomainException refusal) {
      return new Plan(Optional.empty(), new Refused(refusal));
    }
  }

  /**
   * The stored actor {@code profile} is: the one with its CVR number, else the one with its name key.
   * A name key and a CVR number that point at different actors refuse the entry.
   */
  private static Actor match(ActorProfile profile, List<Actor> stored) {
    Optional<Actor> byCvr = profile.cvr().flatMap(cvr -> stored.stream().filter(a -> a.profile().cvr().equals(Optional.of(cvr))).findFirst());
    Optional<Actor> byName = stored.stream().filter(a -> a.profile().nameKey().equals(profile.nameKey())).findFirst();
    if (byCvr.isPresent()) {
      RuleViolation.require(byName.isEmpty() || byName.equals(byCvr), Rule.ACTOR_NAME_DUPLICATE, profile.name());
      return byCvr.get();
    }
    Actor named = byName.orElseThrow();
    RuleViolation.require(profile.cvr().isEmpty() || named.profile().cvr().isEmpty(), Rule.ACTOR_NAME_DUPLICATE, profile.name());
    return named;
  }

  /** Adds the contact persons whose name (ignoring case and spacing) the actor lacks; returns how many. */
  private int addNewContacts(Actor actor, List<ContactDetails> contacts) {
    Set<String> names = new HashSet<>();
    actor.contacts().forEach(c -> names.add(Text.key(c.name())));
    int added = 0;
    for (ContactDetails details : contacts) {
      if (names.add(Text.key(details.name()))) {
        ContactPerson person = details.person(actors.nextContactId());
        actor.addContact(person);
        added++;
      }
    }
    return added;
  }
}
