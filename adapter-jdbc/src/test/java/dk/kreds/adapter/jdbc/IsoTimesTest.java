package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

  /** From year 0 to 9999, every nano of precision, as the documents may hold. */
  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
        .flatMap(seconds -> Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000))
            .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
  }

  @Property
  void givenAnyInstant_whenWrittenAndRead_thenTheSameAsTheJdksParser(@ForAll("instants") Instant instant) {
    String text = instant.toString();

    assertThat(IsoTimes.instant(text)).isEqualTo(Instant.parse(text)).isEqualTo(instant);
  }

  @Property
  void givenAnyInstantInAnyZone_whenWrittenAndRead_thenTheSameAsTheJdksParser(@ForAll("instants") Instant instant,
      @ForAll("zones") ZoneId zone) {
    String text = DateTimeFormatter.ISO_ZONED_DATE_TIME.format(instant.atZone(zone));

    assertThat(IsoTimes.zoned(text)).isEqualTo(ZonedDateTime.parse(text)).isEqualTo(instant.atZone(zone));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(List.of("Europe/Copenhagen", "UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham",
        "Europe/London", "Z", "+05:30")).map(ZoneId::of);
  }

  @Property
  void givenAnyDay_whenWrittenAndRead_thenTheSameAsTheJdksParser(@ForAll("instants") Instant instant) {
    LocalDate day = instant.atZone(ZoneId.of("UTC")).toLocalDate();

    assertThat(IsoTimes.date(day.toString())).isEqualTo(day);
  }

  @Test
  void givenTheDaylightSavingOverlap_whenReadingEitherHour_thenTheOffsetDecidesAsTheJdkDoes() {
    for (String text : List.of("2014-10-26T02:30:00+02:00[Europe/Copenhagen]", "2014-10-26T02:30:00+01:00[Europe/Copenhagen]")) {
      assertThat(IsoTimes.zoned(text)).isEqualTo(ZonedDateTime.parse(text));
    }
  }

  @Test
  void givenOtherShapes_whenRead_thenTheJdksParserReadsOrRefusesThem() {
    assertThat(IsoTimes.instant("+10000-01-01T00:00:00Z")).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
    assertThat(IsoTimes.zoned("2014-11-25T09:00+01:00[Europe/Copenhagen]"))
        .isEqualTo(ZonedDateTime.parse("2014-11-25T09:00+01:00[Europe/Copenhagen]"));
    assertThatThrownBy(() -> IsoTimes.instant("2014-02-30T09:00:00Z")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> IsoTimes.instant("2014-11-25T09:00:00.1234567890Z")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> IsoTimes.date("2014-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> IsoTimes.zoned("2014-11-25T09:00:00+01:00[Mars/Olympus]")).isInstanceOf(DateTimeException.class);
  }
}
