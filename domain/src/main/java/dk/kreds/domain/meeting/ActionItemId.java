package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an {@link ActionItem}. */
public record ActionItemId(UUID value) {

  public ActionItemId {
    requireNonNull(value, "value");
  }

  /** Parses the textual form of a UUID. */
  public static ActionItemId parse(String text) {
    return new ActionItemId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
