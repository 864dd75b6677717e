package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import java.util.Optional;

/** What is kept about a contact person: only what is needed to reach them, and why it may be kept. */
public record ContactDetails(String name, Optional<String> role, Optional<Email> email, Optional<Phone> phone, LawfulBasis basis) {

  public ContactDetails {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    requireNonNull(basis, "basis");
  }
}
