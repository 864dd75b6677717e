package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an {@link Actor}. */
public record ActorId(UUID value) {

  public ActorId {
    requireNonNull(value, "value");
  }

  /** Parses the textual form of a UUID. */
  public static ActorId parse(String text) {
    return new ActorId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
