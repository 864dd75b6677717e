package dk.kreds.benchmarks.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the harness moves forward, so meetings can be planned, held and written up in one run. */
final class MutableClock extends Clock {

  private volatile Instant now;

  MutableClock(Instant now) {
    this.now = now;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("Europe/Copenhagen");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the harness keeps one zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
