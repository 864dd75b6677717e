package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.DomainException;

/** Puts an exported database into an empty one: all of it, or nothing. */
public interface ImportDatabaseUseCase {

  /**
   * The snapshot to import. Versions are not carried over: every state must be at version 0, and is
   * stored as a new aggregate.
   *
   * @param snapshot what to import
   */
  record Command(DatabaseSnapshot snapshot) {
    public Command {
      requireNonNull(snapshot, "snapshot");
      boolean fresh = snapshot.actors().stream().allMatch(a -> a.version() == 0)
          && snapshot.circles().stream().allMatch(c -> c.version() == 0)
          && snapshot.meetings().stream().allMatch(m -> m.version() == 0);
      if (!fresh) {
        throw new IllegalArgumentException("snapshot: every state must be at version 0 to be imported");
      }
    }
  }

  /**
   * Rebuilds every aggregate with its {@code restore}, so every rule is checked again, and stores it
   * under its original id, in one transaction.
   *
   * @param command the snapshot
   * @throws DatabaseNotEmptyException when the database holds anything already; nothing is stored
   * @throws DomainException when the snapshot breaks a rule of the model; nothing is stored
   */
  void importDatabase(Command command);
}
