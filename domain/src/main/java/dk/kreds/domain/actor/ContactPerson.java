package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.util.Optional;

/**
 * A person at an actor whom the circle contacts. Only what is needed to reach them is kept, with the
 * lawful basis for keeping it; the person can be exported and erased.
 */
public record ContactPerson(
    ContactPersonId id,
    String name,
    Optional<String> role,
    Optional<Email> email,
    Optional<Phone> phone,
    LawfulBasis basis) {

  public ContactPerson {
    requireNonNull(id, "id");
    name = Text.require(name, 1, 200, Rule.CONTACT_NAME_LENGTH);
    role = Text.optional(role.orElse(null), 200, Rule.CONTACT_ROLE_LENGTH);
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    requireNonNull(basis, "basis");
  }
}
