package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a {@link Meeting}. */
public record MeetingId(UUID value) {

  public MeetingId {
    requireNonNull(value, "value");
  }

  /** Parses the textual form of a UUID. */
  public static MeetingId parse(String text) {
    return new MeetingId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
