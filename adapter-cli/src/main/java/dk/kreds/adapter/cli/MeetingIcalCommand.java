package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kreds meeting ical}: meetings and their follow-ups as an iCalendar file. */
@Command(
    name = "ical",
    mixinStandardHelpOptions = true,
    description = {
      "Write the meetings, and the follow-up of each, as iCalendar (RFC 5545, UTF-8) for a calendar program:",
      "a meeting is an event in Europe/Copenhagen time, a follow-up an all-day event on its date."
    },
    footer = {"%nExamples:%n  kreds meeting ical 6f1c…-… > stormøde.ics%n  kreds meeting ical MEETING NEXT_MEETING --out kreds.ics"})
final class MeetingIcalCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;
  private final Supplier<Language> language;
  private final Clock clock;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "MEETING", description = "The meetings' ids.")
  private List<String> meetings;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE, which must not exist, instead of stdout.")
  private Path out;

  /** In the {@code kreds} tree: over the tree's use cases, language and clock. */
  MeetingIcalCommand(Context context) {
    this(context.useCases(), context.language(), context.clock());
  }

  /**
   * @param language the language of the follow-ups' titles
   * @param clock when the calendar is written (each event's DTSTAMP)
   */
  MeetingIcalCommand(Supplier<UseCases> useCases, Supplier<Language> language, Clock clock) {
    this.useCases = useCases;
    this.language = language;
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    OutputFile.refuseExisting(out);
    List<MeetingId> ids = meetings.stream().map(MeetingIcalCommand::id).toList();
    ShowMeetingUseCase show = useCases.get().showMeeting();
    List<Meeting> found = ids.stream().map(id -> show.show(new ShowMeetingUseCase.Command(id))).toList();
    OutputFile.write(out, MeetingCalendar.write(found, Messages.in(language.get()), clock.instant()), spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  static MeetingId id(String text) {
    return ContactExportCommand.id(text, MeetingId::parse, "a meeting");
  }
}
