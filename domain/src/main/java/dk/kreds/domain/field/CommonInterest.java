package dk.kreds.domain.field;

import java.util.List;

/**
 * An activity shared by actors of at least two kinds: where coordination across the field may pay
 * (fælles interesse).
 *
 * @param activity the shared activity tag
 * @param actors the names of the actors who share it, in Danish order
 * @param kinds how many kinds of actor share it
 */
public record CommonInterest(String activity, List<String> actors, int kinds) {

  public CommonInterest {
    actors = List.copyOf(actors);
  }
}
