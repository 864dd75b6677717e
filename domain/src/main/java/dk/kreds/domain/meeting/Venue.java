package dk.kreds.domain.meeting;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.util.Optional;

/** Where a meeting is held, e.g. Kooperationen in København. */
public record Venue(String name, Optional<String> city) {

  public Venue {
    name = Text.require(name, 1, 200, Rule.VENUE_NAME_LENGTH);
    city = Text.optional(city.orElse(null), 100, Rule.VENUE_CITY_LENGTH);
  }

  public static Venue of(String name, String city) {
    return new Venue(name, Optional.ofNullable(city));
  }
}
