package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;

/**
 * Registers many actors, with their contact persons, at once. An entry that matches a stored actor (same
 * CVR number, or same {@link ActorProfile#nameKey() name key}) is not registered again, so importing the
 * same list twice changes nothing the second time.
 */
public interface ImportActorsUseCase {

  /**
   * Checks every entry against the field and the other entries, then stores them in one unit of work.
   * An entry is refused with {@code actor.name.duplicate} or {@code actor.cvr.duplicate} when an earlier
   * entry of the batch has its name key or CVR number, or when its name key and its CVR number point at
   * two different stored actors (or at one stored actor with another CVR number); with
   * {@code actor.not-found} when its parent does not exist; with a contact rule when a contact person
   * breaks it. In {@link Mode#ALL_OR_NOTHING} one refusal stores nothing; in {@link Mode#SKIP_REFUSED}
   * the other entries are stored; a {@linkplain Command#dryRun() dry run} stores nothing either way, nor
   * do entries that are not {@linkplain Entries#storable() storable}, nor none at all.
   *
   * @param command the entries, in order, how to treat refusals, and whether to store anything
   * @return one outcome per entry, in the order of the entries, and whether anything was stored
   */
  Result importActors(Command command);

  /** What to do with the other entries when one is refused. */
  enum Mode {
    /** Store nothing unless every entry can be stored. */
    ALL_OR_NOTHING,
    /** Store every entry that can be stored; report the refused ones. */
    SKIP_REFUSED
  }

  /**
   * One actor to import.
   *
   * @param profile what the actor is and does
   * @param contacts its contact persons; on a matched actor only those whose name it lacks are added
   */
  record Entry(ActorProfile profile, List<ContactDetails> contacts) {
    public Entry {
      requireNonNull(profile, "profile");
      contacts = List.copyOf(contacts);
    }
  }

  /**
   * The entries of a command, each taken once and in order while the use case checks them: a list, or a
   * file still being read on another thread, so that reading and checking overlap.
   */
  interface Entries extends Iterable<Entry> {

    /**
     * Asked once the last entry has been taken: false stores nothing, as a dry run does. A file that had
     * a row it could not read says false when it is imported all or nothing.
     */
    default boolean storable() {
      return true;
    }
  }

  /**
   * What the use case needs.
   *
   * @param entries the actors, in order
   * @param mode what a refused entry does to the others
   * @param dryRun whether to check only and store nothing
   */
  record Command(Entries entries, Mode mode, boolean dryRun) {
    public Command {
      requireNonNull(entries, "entries");
      requireNonNull(mode, "mode");
    }

    /** The entries of a list: at least one. */
    public Command(List<Entry> entries, Mode mode, boolean dryRun) {
      this(listed(entries), mode, dryRun);
    }

    private static Entries listed(List<Entry> entries) {
      List<Entry> copy = List.copyOf(entries);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("entries: at least one");
      }
      return copy::iterator;
    }

    /** Profiles without contact persons, all or nothing, stored. */
    public static Command of(List<ActorProfile> profiles) {
      return new Command(profiles.stream().map(p -> new Entry(p, List.of())).toList(), Mode.ALL_OR_NOTHING, false);
    }
  }

  /**
   * What became of the entries.
   *
   * @param outcomes one per entry, in the order of the entries
   * @param stored whether the registered and matched entries were stored (false for a dry run, for
   *     entries not storable, for no entries, and for all or nothing with a refusal)
   */
  record Result(List<Outcome> outcomes, boolean stored) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    /** The refused entries' outcomes, in order. */
    public List<Refused> refused() {
      return outcomes.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
    }

    /** How many entries are (or, when not stored, would be) new actors. */
    public long registered() {
      return outcomes.stream().filter(Registered.class::isInstance).count();
    }

    /** The new actors' ids, in the order of their entries. */
    public List<ActorId> registeredIds() {
      return outcomes.stream().filter(Registered.class::isInstance).map(o -> ((Registered) o).actor()).toList();
    }

    /** How many entries matched a stored actor. */
    public long matched() {
      return outcomes.stream().filter(Matched.class::isInstance).count();
    }
  }

  /** What became of one entry. */
  sealed interface Outcome permits Registered, Matched, Refused {}

  /**
   * The entry is a new actor.
   *
   * @param actor its id
   */
  record Registered(ActorId actor) implements Outcome {}

  /**
   * The entry is an actor stored already; it is left as it is but for new contact persons.
   *
   * @param actor the stored actor's id
   * @param contactsAdded how many of the entry's contact persons it lacked
   */
  record Matched(ActorId actor, int contactsAdded) implements Outcome {}

  /**
   * The entry breaks a rule and is not stored.
   *
   * @param reason the broken rule ({@link RuleViolation}) or the missing parent ({@link NotFoundException})
   */
  record Refused(DomainException reason) implements Outcome {
    public Refused {
      requireNonNull(reason, "reason");
    }
  }
}
