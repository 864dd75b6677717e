package dk.kreds.application.port.out;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores actors with their contact persons. */
public interface ActorRepository {

  /** A fresh id for a new actor. */
  ActorId nextId();

  /** A fresh id for a new contact person. */
  ContactPersonId nextContactId();

  Optional<Actor> find(ActorId id);

  /** The actors with these ids that exist, in no particular order. */
  List<Actor> findAllById(Collection<ActorId> ids);

  /** @throws NotFoundException when there is no such actor */
  default Actor get(ActorId id) {
    return find(id).orElseThrow(() -> new NotFoundException("actor", id));
  }

  /** @throws NotFoundException when there is no such actor or contact person */
  default ContactPerson get(ContactRef person) {
    return get(person.actor()).contact(person.contact());
  }

  /** Every actor, archived ones included, in no particular order. */
  List<Actor> findAll();

  /** Actors whose name has this key ({@code ActorProfile#nameKey}) or, when given, this CVR number. */
  List<Actor> findByNameKeyOrCvr(String nameKey, Optional<Cvr> cvr);

  /**
   * Inserts a new actor (version 0) or updates a stored one, raising its version by one.
   *
   * @throws StaleWriteException when the stored version differs from {@code actor.version()}
   */
  void save(Actor actor);
}
