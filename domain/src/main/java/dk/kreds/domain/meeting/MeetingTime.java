package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** When a meeting takes place, in the time zone of its venue. The end is after the start, on the same or a later day. */
public record MeetingTime(ZonedDateTime start, ZonedDateTime end) {

  public MeetingTime {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    RuleViolation.require(end.isAfter(start), Rule.MEETING_END_BEFORE_START, end);
  }

  /** The day the meeting starts, in its own time zone. */
  public LocalDate date() {
    return start.toLocalDate();
  }

  /** The calendar day at {@code now} in the meeting's time zone. */
  public LocalDate dayAt(Instant now) {
    return LocalDate.ofInstant(now, start.getZone());
  }

  public boolean hasStartedAt(Instant now) {
    return !now.isBefore(start.toInstant());
  }
}
