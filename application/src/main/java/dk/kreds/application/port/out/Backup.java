package dk.kreds.application.port.out;

import java.nio.file.Path;

/** Copies the whole database, consistently, to a file while others may keep using it. */
public interface Backup {

  /** A store that cannot be copied to a file, e.g. one kept in memory. */
  Backup UNSUPPORTED = target -> {
    throw new StorageException("this store cannot be backed up to a file");
  };

  /**
   * Writes a consistent copy of the database to {@code target}, a file that must not exist yet.
   *
   * @param target the new file
   * @throws StorageException when the store cannot be copied to a file (PostgreSQL: use pg_dump), or
   *     the copy fails; a half-written target is removed
   */
  void backupTo(Path target);
}
