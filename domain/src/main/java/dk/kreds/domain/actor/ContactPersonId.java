package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a {@link ContactPerson}. */
public record ContactPersonId(UUID value) {

  public ContactPersonId {
    requireNonNull(value, "value");
  }

  /** Parses the textual form of a UUID. */
  public static ContactPersonId parse(String text) {
    return new ContactPersonId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
