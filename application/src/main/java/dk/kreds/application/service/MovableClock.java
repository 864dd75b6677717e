package dk.kreds.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock its owner moves by hand; it never moves by itself: the reference scenario walks it through
 * the autumn of 2014, step by step; a test or a benchmark moves it from before a meeting, to invite,
 * to after its start, to record who came. A copy in another zone ({@link #withZone}) shows the same
 * instant and follows every later {@link #set}.
 */
public final class MovableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock standing at {@code start}, in {@code start}'s zone. */
  public MovableClock(ZonedDateTime start) {
    this(new AtomicReference<>(start.toInstant()), start.getZone());
  }

  private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves the clock to {@code time}, forward or back. */
  public void set(ZonedDateTime time) {
    set(time.toInstant());
  }

  /** Moves the clock to {@code instant}, forward or back. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
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
    return new MovableClock(now, other);
  }
}
