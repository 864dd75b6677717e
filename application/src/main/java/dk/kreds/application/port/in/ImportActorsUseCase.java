package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/** Registers many actors at once, all or none. Refuses duplicates within the batch and against the field. */
public interface ImportActorsUseCase {

  /**
   * Registers every actor under a fresh id, in one unit of work: either all are stored or none.
   *
   * @param command the actors' profiles and contact persons, in order
   * @return the new actors' ids, in the order of the profiles
   * @throws RuleViolation {@code actor.name.duplicate} naming the name when two profiles of the batch,
   *     or a profile and a stored actor (archived ones included), have the same
   *     {@link ActorProfile#nameKey() name key}; {@code actor.cvr.duplicate} naming the digits for the
   *     same CVR number
   * @throws NotFoundException {@code actor.not-found} when a profile's parent does not exist
   */
  List<ActorId> importActors(Command command);

  /**
   * What the use case needs.
   *
   * @param actors the actors to register, in order, each with its contact persons
   */
  record Command(List<Entry> actors) {
    public Command {
      actors = List.copyOf(actors);
      if (actors.isEmpty()) {
        throw new IllegalArgumentException("actors: at least one");
      }
    }

    /** The actors of {@code profiles}, none with a contact person. */
    public static Command of(List<ActorProfile> profiles) {
      return new Command(profiles.stream().map(profile -> new Entry(profile, List.of())).toList());
    }
  }

  /**
   * One actor to register.
   *
   * @param profile what the actor is
   * @param contacts its contact persons, each stored under a fresh id
   */
  record Entry(ActorProfile profile, List<ContactDetails> contacts) {
    public Entry {
      requireNonNull(profile, "profile");
      contacts = List.copyOf(contacts);
    }
  }
}
