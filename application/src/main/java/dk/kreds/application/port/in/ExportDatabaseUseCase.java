package dk.kreds.application.port.in;

/** Takes everything out of the database, to keep or to move to another one. */
public interface ExportDatabaseUseCase extends ReadOnlyUseCase {

  /**
   * Reads every actor, circle and meeting in one transaction.
   *
   * @return the snapshot, each list ordered by id, each state at its stored version
   */
  DatabaseSnapshot export();
}
