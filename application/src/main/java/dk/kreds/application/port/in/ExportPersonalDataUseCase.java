package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.NotFoundException;

/** Exports everything kept about a contact person (GDPR art. 15). */
public interface ExportPersonalDataUseCase extends ReadOnlyUseCase {

  /**
   * Gathers what is kept about the person and where they appear; changes nothing.
   *
   * @param command the person
   * @return the person's data, with the working groups, representations, action items and themes
   *     they appear in
   * @throws NotFoundException {@code actor.not-found}, {@code contact.not-found}
   */
  PersonalData export(Command command);

  /** What the use case needs. */
  record Command(ContactRef person) {
    public Command {
      requireNonNull(person, "person");
    }
  }
}
