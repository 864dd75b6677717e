package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StorageException;
import java.nio.file.Path;

/** Copies the database to a file, safely while others use it. */
public interface BackupDatabaseUseCase {

  /**
   * Where to put the copy.
   *
   * @param target a file that does not exist yet
   */
  record Command(Path target) {
    public Command {
      requireNonNull(target, "target");
    }
  }

  /**
   * Writes a consistent copy of the whole database to the target file.
   *
   * @param command the target
   * @throws IllegalArgumentException when the target exists already; it is never overwritten
   * @throws StorageException when the store cannot be copied to a file, or the copy fails
   */
  void backup(Command command);
}
