package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.StorageException;

/**
 * The database was written by a newer Kreds: its schema is at a version this program does not know.
 * It is refused before anything is written to it, so the newer program can still use it.
 */
public final class SchemaTooNewException extends StorageException {

  private final String databaseVersion;
  private final String programVersion;

  SchemaTooNewException(String databaseVersion, String programVersion) {
    super("the database has schema version " + databaseVersion + ", newer than version " + programVersion
        + " that this Kreds knows; it was left unchanged. Use the newer Kreds that wrote it.");
    this.databaseVersion = databaseVersion;
    this.programVersion = programVersion;
  }

  /** The schema version the database is at. */
  public String databaseVersion() {
    return databaseVersion;
  }

  /** The newest schema version this program can migrate to. */
  public String programVersion() {
    return programVersion;
  }
}
