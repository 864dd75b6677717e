package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.meeting.FollowUp;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** {@code kreds meeting ical} over the reference scenario in memory. */
class MeetingIcalCommandTest {

  private static Cli.Result ical(UseCases use, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "ical";
    System.arraycopy(args, 0, all, 1, args.length);
    return Nested.run(use, root -> new MeetingIcalCommand(() -> use, root::language, Cli.CLOCK), all);
  }

  @Test
  void givenTheStormodeWithItsFollowUp_whenWritten_thenItParsesBackWithTheMeetingInCopenhagenTimeAndTheFollowUpDate() throws Exception {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    FollowUp followUp = use.showMeeting().show(new ShowMeetingUseCase.Command(scenario.meeting())).followUp().orElseThrow();

    Cli.Result result = ical(use, "--lang", "da", scenario.meeting().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Calendar calendar = new CalendarBuilder().build(new StringReader(result.out()));
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(2);
    VEvent meeting = events.get(0);
    assertThat(meeting.getSummary().getValue()).startsWith("Stormøde for aktører i det socialøkonomiske felt");
    ZonedDateTime start = meeting.<ZonedDateTime>getDateTimeStart().getDate();
    // ical4j names a zone the calendar defines "ical4j-local-…"; its rules are what must match.
    assertThat(start.toInstant()).isEqualTo(use.showMeeting().show(new ShowMeetingUseCase.Command(scenario.meeting())).time().start().toInstant());
    assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2014, 11, 25));
    VEvent next = events.get(1);
    assertThat(next.<LocalDate>getDateTimeStart().getDate()).isEqualTo(followUp.date());
    assertThat(next.getSummary().getValue()).startsWith("Opfølgningsmøde: Stormøde for aktører i det socialøkonomiske felt");
    assertThat(result.out().split("\r\nDTSTAMP:20240301T090000Z\r\n", -1)).as("one stamp per event, from the clock").hasSize(3);
    assertThat(result.out().split("DTSTAMP", -1)).hasSize(3);
    assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
    assertThat(result.out()).contains("\r\nTZID:Europe/Copenhagen\r\n").doesNotContain("Berlin");
    assertThat(result.out()).contains("DTSTART;TZID=Europe/Copenhagen:20141125T", "DTSTART;VALUE=DATE:" + followUp.date().toString().replace("-", ""));
  }

  @Test
  void givenALongDanishDescription_whenWritten_thenEveryLineAtMost75OctetsAndEndsInCrLf() {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();

    String out = ical(use, scenario.meeting().toString()).out();

    assertThat(out).contains("\r\n ").doesNotContain("\n\n");
    assertThat(out.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(out.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void givenLinesOfMultiByteCharacters_whenFolded_thenAtMost75OctetsAndUnfoldingGivesThemBack() {
    String line = "SUMMARY:" + "æøå€😀".repeat(20);

    String folded = MeetingCalendar.fold(line + "\r\nEND:VEVENT\r\n");

    assertThat(folded.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT\r\n");
  }

  @Test
  void givenAnUnknownOrMalformedId_whenWritten_thenNotFoundOrUsage() {
    UseCases use = Cli.useCases();

    assertThat(ical(use, "00000000-0000-0000-0000-000000000001").exitCode()).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(ical(use, "stormødet").exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
