package dk.kreds.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the reference scenario moves through the autumn of 2014, step by step. */
final class ScenarioClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  ScenarioClock(ZonedDateTime start) {
    this.zone = start.getZone();
    this.now = start.toInstant();
  }

  void set(ZonedDateTime time) {
    now = time.toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    if (other.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("the scenario runs in " + zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
