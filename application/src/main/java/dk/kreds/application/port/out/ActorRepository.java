package dk.kreds.application.port.out;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
   * {@return the actors, archived ones included, whose name has this key or, when given, this CVR
   * number}
   *
   * @param nameKey a name key, as {@link ActorProfile#nameKey()} gives it
   * @param cvr a CVR number, or empty to match by name key alone
   */
  List<Actor> findByNameKeyOrCvr(String nameKey, Optional<Cvr> cvr);

  /**
   * {@return the actors, archived ones included, whose name key is one of {@code nameKeys} or whose CVR
   * number is one of {@code cvrs}, each once, in no particular order}: what a batch of new profiles may
   * clash with, in one look-up rather than one per profile. This default reads every actor; a store
   * with an index on both should override it.
   *
   * @param nameKeys name keys, as {@link ActorProfile#nameKey()} gives them
   * @param cvrs CVR numbers
   */
  default List<Actor> findByNameKeysOrCvrs(Collection<String> nameKeys, Collection<Cvr> cvrs) {
    Set<String> keys = Set.copyOf(nameKeys);
    Set<Cvr> numbers = Set.copyOf(cvrs);
    return findAll().stream()
        .filter(a -> keys.contains(a.profile().nameKey()) || a.profile().cvr().map(numbers::contains).orElse(false))
        .toList();
  }

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
