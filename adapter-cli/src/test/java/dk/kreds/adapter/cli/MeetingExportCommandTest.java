package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds meeting export}: the write-up of the reference scenario as Markdown and HTML files. */
class MeetingExportCommandTest {

  @TempDir
  Path dir;

  private static Cli.Result export(UseCases use, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "export";
    System.arraycopy(args, 0, all, 1, args.length);
    return Nested.run(use, root -> new MeetingExportCommand(() -> use, root::language), all);
  }

  @Test
  void givenTheStormode_whenExported_thenTwoFilesNamedByDateAndTitleAndTheMarkdownNamesEveryPresentActor() throws Exception {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    Meeting meeting = use.showMeeting().show(new ShowMeetingUseCase.Command(scenario.meeting()));
    Map<ActorId, String> names = use.listActors().list(new ListActorsUseCase.Command(true)).stream()
        .collect(Collectors.toMap(Actor::id, Actor::name));

    Cli.Result result = export(use, "--lang", "da", scenario.meeting().toString(), "--dir", dir.resolve("ud").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    String base = "2014-11-25-stormoede-for-aktoerer-i-det-socialoekonomiske-felt-i-danmark.da";
    assertThat(Files.list(dir.resolve("ud")).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(base + ".md", base + ".html");
    String markdown = Files.readString(dir.resolve("ud").resolve(base + ".md"), StandardCharsets.UTF_8);
    assertThat(meeting.presentActors()).hasSize(15);
    assertThat(meeting.presentActors()).allSatisfy(actor -> assertThat(markdown).contains(names.get(actor)));
    String html = Files.readString(dir.resolve("ud").resolve(base + ".html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">", "<table>", "Kooperationen");
  }

  @Test
  void givenAContributionWithAScriptTag_whenExportedAsHtml_thenTheTagIsEscapedText() throws Exception {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    Meeting meeting = use.showMeeting().show(new ShowMeetingUseCase.Command(scenario.meeting()));
    ActorId absent = meeting.invitations().stream().map(Invitation::actor).filter(a -> !meeting.presentActors().contains(a))
        .findFirst().orElseThrow();
    use.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(scenario.meeting()));
    use.recordContribution().record(new RecordContributionUseCase.Command(scenario.meeting(), absent, ContributionForm.WRITTEN,
        "Vi er <script>alert('x')</script> & <b>fede</b>", List.of("<img src=x onerror=alert(1)>"), List.of()));

    Cli.Result result = export(use, "--lang", "en", "--format", "html", scenario.meeting().toString(), "--dir", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path file;
    try (var files = Files.list(dir)) {
      file = files.findFirst().orElseThrow();
    }
    assertThat(file.getFileName().toString()).endsWith(".en.html");
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script", "<b>", "<img").contains("&lt;script&gt;", "&lt;img src=x");
  }

  @Test
  void givenExistingFiles_whenExportedAgain_thenRefusedAndNothingOverwritten() throws Exception {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    assertThat(export(use, scenario.meeting().toString(), "--dir", dir.toString()).exitCode()).isZero();
    Path markdown = Files.list(dir).filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
    Files.writeString(markdown, "mine");

    Cli.Result again = export(use, scenario.meeting().toString(), "--dir", dir.toString());

    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(Files.readString(markdown)).isEqualTo("mine");
  }

  @Test
  void givenTitlesWithPathsAndLetters_whenSlugged_thenOnlyAsciiLettersDigitsAndDashes() {
    assertThat(FileName.of(java.time.LocalDate.of(2014, 11, 25), "../../etc/passwd Æble/Ø", "da.md")).isEqualTo("2014-11-25-etc-passwd-aeble-oe.da.md");
    assertThat(FileName.slug("Café – Crème")).isEqualTo("cafe-creme");
    assertThat(FileName.slug("ord ".repeat(30))).hasSizeLessThanOrEqualTo(80).endsWith("-ord");
    assertThat(FileName.of(java.time.LocalDate.of(2015, 5, 25), "///", "md")).isEqualTo("2015-05-25.md");
  }
}
