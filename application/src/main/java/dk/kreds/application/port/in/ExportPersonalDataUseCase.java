package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;

/** Exports everything kept about a contact person (GDPR art. 15). */
public interface ExportPersonalDataUseCase {

  PersonalData export(Command command);

  /** What the use case needs. */
  record Command(ContactRef person) {
    public Command {
      requireNonNull(person, "person");
    }
  }
}
