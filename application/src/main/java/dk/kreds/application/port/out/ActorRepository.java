package dk.kreds.application.port.out;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores actors with their contact persons. */
public interface ActorRepository {

  /** {@return a fresh id for a new actor} */
  default ActorId nextId() {
    return new ActorId(UUID.randomUUID());
  }

  /** {@return a fresh id for a new contact person} */
  default ContactPersonId nextContactId() {
    return new ContactPersonId(UUID.randomUUID());
  }

  /**
   * {@return the actor with this id, rebuilt with {@link Actor#restore Actor.restore} at its stored
   * version, or empty when there is none}
   *
   * @param id the actor's id
   */
  Optional<Actor> find(ActorId id);

  /**
   * {@return the actors with these ids that exist, in no particular order}
   *
   * @param ids the ids; unknown ones are skipped
   */
  List<Actor> findAllById(Collection<ActorId> ids);

  /**
   * {@return the names of the actors with these ids that exist} Stores override it to read the names
   * alone, without the documents.
   *
   * @param ids the ids; unknown ones are skipped
   */
  default Map<ActorId, String> namesOf(Collection<ActorId> ids) {
    return findAllById(ids).stream().collect(Collectors.toMap(Actor::id, Actor::name));
  }

  /**
   * {@return the actor with this id}
   *
   * @param id the actor's id
   * @throws NotFoundException {@code actor.not-found} when there is no such actor
   */
  default Actor get(ActorId id) {
    return find(id).orElseThrow(() -> new NotFoundException("actor", id));
  }

  /**
   * {@return the contact person this refers to}
   *
   * @param person the actor and the person's id
   * @throws NotFoundException {@code actor.not-found} or {@code contact.not-found} when there is no
   *     such actor or contact person
   */
  default ContactPerson get(ContactRef person) {
    return get(person.actor()).contact(person.contact());
  }

  /** {@return every actor, archived ones included, in no particular order} */
  List<Actor> findAll();

  /**
   * {@return what the field overview needs of every actor that is not archived, in Danish order of
   * their names} Stores with many actors override this with a query that reads no whole documents.
   */
  default List<ActorSummary> activeSummaries() {
    List<Actor> active = findAll().stream().filter(actor -> !actor.archived()).toList();
    return DanishOrder.sort(active, Actor::name).stream().map(ActorSummary::of).toList();
  }

  /**
   * {@return what a list shows of each actor, archived ones only when {@code includeArchived}, in Danish
   * order of their names} Stores with many actors override this with a query that reads no whole
   * documents.
   *
   * @param includeArchived whether archived actors are listed too
   */
  default List<ActorListing> listings(boolean includeArchived) {
    List<Actor> listed = findAll().stream().filter(actor -> includeArchived || !actor.archived()).toList();
    return DanishOrder.sort(listed, Actor::name).stream().map(ActorListing::of).toList();
  }

  /**
   * {@return the actors, archived ones included, whose name has this key or, when given, this CVR
   * number}
   *
   * @param nameKey a name key, as {@link ActorProfile#nameKey()} gives it
   * @param cvr a CVR number, or empty to match by name key alone
   */
  default List<Actor> findByNameKeyOrCvr(String nameKey, Optional<Cvr> cvr) {
    return findByNameKeysOrCvrs(List.of(nameKey), cvr.stream().toList());
  }

  /**
   * {@return the actors, archived ones included, whose name has one of these keys or whose CVR number is
   * one of these; each once}
   *
   * @param nameKeys name keys, as {@link ActorProfile#nameKey()} gives them
   * @param cvrs CVR numbers, possibly none
   */
  List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs);

  /**
   * Inserts a new actor (version 0) or updates a stored one, raising its version by one.
   *
   * @param actor the actor as registered or loaded, with its changes
   * @throws StaleWriteException when the stored version differs from {@code actor.version()}
   */
  void save(Actor actor);

  /**
   * Saves each actor as {@link #save} does, in order, in the caller's unit of work. A store may send
   * them together (a bulk import); this default saves them one by one.
   *
   * @param batch the actors, new or loaded, each at most once
   * @throws StaleWriteException as {@link #save} does; in a unit of work, nothing of the batch is then kept
   */
  default void saveAll(List<Actor> batch) {
    batch.forEach(this::save);
  }
}
