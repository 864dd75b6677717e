package dk.kreds.application.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets by hand; it never moves by itself. A copy in another zone ({@link #withZone})
 * shows the same instant and follows every later {@link #set}.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock(ZonedDateTime start) {
    this(new AtomicReference<>(start.toInstant()), start.getZone());
  }

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Sets the time to {@code time}. */
  public void set(ZonedDateTime time) {
    now.set(time.toInstant());
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }
}
