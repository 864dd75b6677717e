package dk.kreds.app;

import dk.kreds.domain.shared.DanishTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock of a run in Copenhagen time: the system's, or one standing still at an instant
 * ({@code KREDS_NOW}). The zone is looked up when first asked for, not when the clock is made: finding
 * it makes the JDK search the class path for zone-rule providers and read its time-zone database, about
 * 8 ms of a command-line run, and most commands ({@code actor list}, {@code meeting show}, {@code --help})
 * never ask for it.
 */
final class CopenhagenClock extends Clock {

  /** The instant the clock stands still at, or null for the system's time. */
  private final Instant fixed;

  private CopenhagenClock(Instant fixed) {
    this.fixed = fixed;
  }

  /** The system's time in Copenhagen. */
  static Clock system() {
    return new CopenhagenClock(null);
  }

  /** Copenhagen time standing still at {@code instant}. */
  static Clock fixed(Instant instant) {
    return new CopenhagenClock(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public ZoneId getZone() {
    return DanishTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
  }

  @Override
  public Instant instant() {
    return fixed == null ? Instant.now() : fixed;
  }

  @Override
  public long millis() {
    return fixed == null ? System.currentTimeMillis() : fixed.toEpochMilli();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CopenhagenClock clock && Objects.equals(fixed, clock.fixed);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(fixed);
  }

  @Override
  public String toString() {
    return fixed == null ? "CopenhagenClock[system]" : "CopenhagenClock[" + fixed + "]";
  }
}
