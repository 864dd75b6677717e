package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import java.util.Optional;

/**
 * What is kept about a contact person: only what is needed to reach them, and why it may be kept.
 *
 * @param name the person's name, 1–200 characters
 * @param role their role at the actor, e.g. {@code projektleder}, at most 200 characters
 * @param email how to write to them
 * @param phone how to call them
 * @param basis why Kreds may keep this (GDPR art. 6), and since when
 */
public record ContactDetails(String name, Optional<String> role, Optional<Email> email, Optional<Phone> phone, LawfulBasis basis) {

  public ContactDetails {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    requireNonNull(basis, "basis");
  }

  /** {@return the person with these details under {@code id}} */
  public ContactPerson person(ContactPersonId id) {
    return new ContactPerson(id, name, role, email, phone, basis);
  }
}
