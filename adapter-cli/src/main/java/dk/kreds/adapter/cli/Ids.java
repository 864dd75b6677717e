package dk.kreds.adapter.cli;

/** Ids as people read them: the first eight characters, which {@link Lookup} accepts back. */
final class Ids {

  private static final int SHORT = 8;

  private Ids() {}

  static String shorten(Object id) {
    return id.toString().substring(0, SHORT);
  }
}
