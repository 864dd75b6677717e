package dk.kreds.application.port.out;

/**
 * The database could not be opened, read or written: it is missing, locked too long, full, or was
 * written by a newer program. The message says which, for a person to act on; nothing was changed by
 * the failed use case.
 */
public class StorageException extends RuntimeException {

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
