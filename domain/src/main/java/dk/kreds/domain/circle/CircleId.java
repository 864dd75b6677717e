package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a {@link Circle}. */
public record CircleId(UUID value) {

  public CircleId {
    requireNonNull(value, "value");
  }

  /** Parses the textual form of a UUID. */
  public static CircleId parse(String text) {
    return new CircleId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
