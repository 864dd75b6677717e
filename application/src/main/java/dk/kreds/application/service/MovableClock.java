package dk.kreds.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A clock in one zone that its owner moves by hand: the reference scenario walks it through the autumn
 * of 2014, step by step; a test or a benchmark moves it from before a meeting, to invite, to after its
 * start, to record who came.
 */
public final class MovableClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  /** A clock standing at {@code start}, in {@code start}'s zone. */
  public MovableClock(ZonedDateTime start) {
    this.zone = start.getZone();
    this.now = start.toInstant();
  }

  /** Moves the clock to {@code time}, forward or back. */
  public void set(ZonedDateTime time) {
    set(time.toInstant());
  }

  /** Moves the clock to {@code instant}, forward or back. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** This clock in its own zone; one clock moved by hand keeps one zone, so any other is refused. */
  @Override
  public Clock withZone(ZoneId other) {
    if (other.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("this clock keeps " + zone + ", not " + other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
