package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CopenhagenClockTest {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @Property
  void aFixedClockTellsTheTimeTheJdksClockInCopenhagenTells(
      @ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long second) {
    Instant instant = Instant.ofEpochSecond(second);
    Clock clock = CopenhagenClock.fixed(instant);
    Clock jdk = Clock.fixed(instant, COPENHAGEN);

    assertThat(clock.instant()).isEqualTo(instant);
    assertThat(clock.millis()).isEqualTo(jdk.millis());
    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.now(jdk));
    assertThat(clock.withZone(ZoneOffset.UTC)).isEqualTo(Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void copenhagenIsAnHourAheadOfUtcInWinterAndTwoInSummer() {
    assertThat(LocalDateTime.now(CopenhagenClock.fixed(Instant.parse("2014-11-25T08:00:00Z"))))
        .isEqualTo(LocalDateTime.parse("2014-11-25T09:00:00"));
    assertThat(LocalDateTime.now(CopenhagenClock.fixed(Instant.parse("2014-06-25T08:00:00Z"))))
        .isEqualTo(LocalDateTime.parse("2014-06-25T10:00:00"));
  }

  @Test
  void theSystemClockTellsTheSystemsTimeInCopenhagen() {
    Clock clock = CopenhagenClock.system();
    Instant before = Instant.now();
    Instant now = clock.instant();
    long millis = clock.millis();
    Instant after = Instant.now();

    assertThat(now).isBetween(before, after);
    assertThat(millis).isBetween(before.toEpochMilli(), after.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(COPENHAGEN);
    assertThat(clock.withZone(ZoneOffset.UTC)).isEqualTo(Clock.systemUTC());
  }

  @Test
  void clocksAreEqualWhenTheyTellTheSameTime() {
    Instant instant = Instant.parse("2014-11-25T08:00:00Z");

    assertThat(CopenhagenClock.fixed(instant)).isEqualTo(CopenhagenClock.fixed(instant))
        .hasSameHashCodeAs(CopenhagenClock.fixed(instant))
        .isNotEqualTo(CopenhagenClock.fixed(instant.plusSeconds(1)))
        .isNotEqualTo(CopenhagenClock.system());
    assertThat(CopenhagenClock.system()).isEqualTo(CopenhagenClock.system());
  }

  @Test
  void aFixedClockNeedsAnInstant() {
    assertThatNullPointerException().isThrownBy(() -> CopenhagenClock.fixed(null)).withMessage("instant");
  }
}
