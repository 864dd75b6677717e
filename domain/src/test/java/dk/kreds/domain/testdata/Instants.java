package dk.kreds.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Fixed moments around the reference meeting: the Stormøde of 25 November 2014, 13:00 in København. */
public final class Instants {

  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  public static final ZonedDateTime MEETING_START = ZonedDateTime.of(2014, 11, 25, 13, 0, 0, 0, COPENHAGEN);
  public static final ZonedDateTime MEETING_END = MEETING_START.plusHours(3);
  public static final LocalDate MEETING_DAY = MEETING_START.toLocalDate();
  /** Mid-December 2014, when the write-up was promised. */
  public static final LocalDate WRITE_UP_DUE = LocalDate.of(2014, 12, 15);

  private Instants() {}

  /** {@code days} days before the meeting starts. */
  public static Instant daysBefore(int days) {
    return MEETING_START.minusDays(days).toInstant();
  }

  /** The moment the meeting starts. */
  public static Instant atStart() {
    return MEETING_START.toInstant();
  }

  /** {@code minutes} minutes into the meeting. */
  public static Instant minutesAfterStart(int minutes) {
    return MEETING_START.plusMinutes(minutes).toInstant();
  }

  /** The day {@code days} days after the meeting's day; negative for days before it. */
  public static LocalDate daysAfterMeeting(int days) {
    return MEETING_DAY.plusDays(days);
  }
}
