package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

/**
 * Points at a contact person of an actor. Other aggregates hold this instead of copying the person's
 * data, so erasing the contact erases the person everywhere.
 */
public record ContactRef(ActorId actor, ContactPersonId contact) {

  public ContactRef {
    requireNonNull(actor, "actor");
    requireNonNull(contact, "contact");
  }
}
