package dk.kreds.application.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.writeup.WriteUp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The write-up as Markdown: complete, in the reader's language, and never turned into markup by what users typed. */
class WriteUpMarkdownTest {

  private static final TestWorld SCENARIO_WORLD = new TestWorld();
  private static final ReferenceScenario SCENARIO = SCENARIO_WORLD.loadReferenceScenario();
  private static final WriteUp STORMOEDE = SCENARIO_WORLD.writeUp(SCENARIO.meeting());

  @ParameterizedTest
  @EnumSource(Language.class)
  void givenTheStormoede_whenRendered_thenEveryPresentActorAndBothWorkingGroupAddressesAppear(Language language) {
    String markdown = render(STORMOEDE, language, SCENARIO.illustrative());

    assertThat(markdown).contains(STORMOEDE.present()).contains("per@timebank.dk", "aw@kooperationen.dk");
  }

  @ParameterizedTest
  @CsvSource({"DA, 25. maj 2015, 25. november 2014, Socialøkonomisk Netværk", "EN, 25 May 2015, 25 November 2014, Socialøkonomisk Netværk"})
  void givenTheStormoede_whenRendered_thenDatesAreWrittenTheLanguagesWay(Language language, String followUp, String held, String channel) {
    String markdown = render(STORMOEDE, language, SCENARIO.illustrative());

    assertThat(markdown).contains(followUp, held, channel);
  }

  @Test
  void givenTheStormoede_whenRenderedInDanish_thenTheFiguresAndHeadingsAreDanish() {
    String markdown = render(STORMOEDE, Language.DA, SCENARIO.illustrative());

    assertThat(markdown).startsWith("# Sammenskrivning: ")
        .contains("| 22 | 15 | 7 | 7 |", "## Arbejdsgruppe", "## Illustrativt indhold", "kredsen mødes hver 6. måned");
  }

  @Test
  void givenTheStormoede_whenRenderedInEnglish_thenTheHeadingsAreEnglish() {
    String markdown = render(STORMOEDE, Language.EN, SCENARIO.illustrative());

    assertThat(markdown).startsWith("# Write-up: ").contains("## Working group", "the circle meets every 6 months")
        .doesNotContain("## Arbejdsgruppe");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void givenContributionWithHtmlAndMarkdown_whenRendered_thenItIsEscapedNotMarkup(Language language) {
    WriteUp writeUp = meetingWithHostileText();

    String markdown = render(writeUp, language, List.of());

    assertThat(markdown).doesNotContain("<script>", "</script>", "*bold*", "_Under_")
        .contains("\\<script\\>alert(1)\\</script\\>", "\\*bold\\* \\| pipe", "\\_Under\\_ \\[link\\](x) \\&amp;")
        .doesNotContain("## " + Messages.in(language).text("writeup.illustrative"));
  }

  /** A held meeting whose absent invitee wrote a script tag, and whose plenary raised Markdown emphasis and a pipe. */
  private static WriteUp meetingWithHostileText() {
    TestWorld world = new TestWorld();
    ActorId host = world.actor("Kooperationen");
    ActorId writer = world.actor("_Under_ [link](x) &amp;");
    MeetingId meeting = world.heldMeeting(world.circle(host), 1, List.of(host), List.of(writer));
    world.use.recordContribution().record(new RecordContributionUseCase.Command(meeting, writer, ContributionForm.WRITTEN,
        "<script>alert(1)</script>", List.of("*bold* | pipe"), List.of()));
    world.use.recordChallenge().record(
        new RecordChallengeUseCase.Command(meeting, new Challenge("*bold* | pipe", new ChallengeSource.InPlenary())));
    return world.writeUp(meeting);
  }

  private static String render(WriteUp writeUp, Language language, List<String> illustrative) {
    return WriteUpMarkdown.render(writeUp, Messages.in(language), illustrative);
  }
}
