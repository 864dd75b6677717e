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

  /**
   * As a record's own, written out: ids are the keys of most maps and sets, and a record's generated
   * {@code equals} and {@code hashCode} are linked on first use, which cost a command-line run 10 ms
   * (docs/decisions/0021-cli-start-up.md).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ActorId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
