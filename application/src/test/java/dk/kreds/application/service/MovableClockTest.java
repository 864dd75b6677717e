package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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
  void itKeepsItsStartsZoneAndRefusesAnother() {
    MovableClock clock = new MovableClock(START);

    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(clock.withZone(ZoneId.of("Europe/Copenhagen"))).isSameAs(clock);
    assertThatThrownBy(() -> clock.withZone(ZoneOffset.UTC)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("this clock keeps Europe/Copenhagen, not Z");
  }

  @Test
  void itNeedsAnInstant() {
    assertThatNullPointerException().isThrownBy(() -> new MovableClock(START).set((Instant) null)).withMessage("instant");
  }
}
