package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;

/** Replaces a contact person's details. */
public interface UpdateContactPersonUseCase {

  void update(Command command);

  /** What the use case needs. */
  record Command(ContactRef person, ContactDetails details) {
    public Command {
      requireNonNull(person, "person");
      requireNonNull(details, "details");
    }
  }
}
