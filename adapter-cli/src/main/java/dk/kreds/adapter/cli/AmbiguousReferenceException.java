package dk.kreds.adapter.cli;

import java.util.List;

/** A name on the command line that fits more than one actor, circle, meeting or person; exit code 2. */
final class AmbiguousReferenceException extends RuntimeException {

  private final String entity;
  private final String query;
  private final List<String> candidates;

  /**
   * A name that is not enough.
   *
   * @param entity what was looked for, e.g. {@code actor}
   * @param query what the person typed
   * @param candidates each match as a short id and its name, one per line
   */
  AmbiguousReferenceException(String entity, String query, List<String> candidates) {
    super(entity + " '" + query + "' fits " + candidates.size());
    this.entity = entity;
    this.query = query;
    this.candidates = List.copyOf(candidates);
  }

  String entity() {
    return entity;
  }

  String query() {
    return query;
  }

  List<String> candidates() {
    return candidates;
  }
}
