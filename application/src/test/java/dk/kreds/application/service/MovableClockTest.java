package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MovableClockTest {

  private static final ZonedDateTime START = ZonedDateTime.parse("2014-10-01T09:00:00+02:00[Europe/Copenhagen]");

  @Test
  void itStandsWhereItWasSetAndMovesBothWays() {
    MovableClock clock = new MovableClock(START);
    assertThat(clock.instant()).isEqualTo(START.toInstant());

    clock.set(START.plusDays(55));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2014, 11, 25));

    clock.set(Instant.parse("2014-09-30T12:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2014-09-30T12:00:00Z"));
  }

  @Test
  void aCopyInAnotherZoneShowsTheSameInstantAndFollowsTheOriginal() {
    MovableClock clock = new MovableClock(START);
    Clock utc = clock.withZone(ZoneOffset.UTC);

    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(utc.instant()).isEqualTo(clock.instant());

    clock.set(START.plusHours(3));
    assertThat(utc.instant()).isEqualTo(START.plusHours(3).toInstant());
    assertThat(LocalTime.now(utc)).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void itNeedsAnInstant() {
    assertThatNullPointerException().isThrownBy(() -> new MovableClock(START).set((Instant) null)).withMessage("instant");
  }
}
