package dk.kreds.application.port.in;

/** An import into a database that holds data already; nothing was imported. */
public final class DatabaseNotEmptyException extends RuntimeException {

  /**
   * A refused import.
   *
   * @param held how many actors, circles and meetings the database holds
   */
  public DatabaseNotEmptyException(int held) {
    super("the database is not empty (it holds " + held + " actors, circles and meetings); "
        + "an import needs an empty database, nothing was imported");
  }
}
