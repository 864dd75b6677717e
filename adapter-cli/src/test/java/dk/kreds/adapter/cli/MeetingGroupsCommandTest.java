package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code kreds meeting groups MEETING} on the Stormøde of the reference scenario: 15 present, a
 * dialogue round in three groups.
 */
class MeetingGroupsCommandTest {

  private final UseCases useCases = Cli.useCases();
  private final ReferenceScenario scenario = useCases.loadReferenceScenario().load();

  MeetingGroupsCommandTest() {
    useCases.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(scenario.meeting()));
  }

  @Test
  void givenTheStormoede_whenMixingItsGroupsAsJson_thenThreeGroupsOfFiveByNameAndTheQuality() throws IOException {
    Run run = run(scenario.meeting().toString(), "--groups", "3", "--seed", "7", "--budget", "300ms", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document.get("rounds")).hasSize(1);
    assertThat(document.get("rounds").get(0)).hasSize(3).allSatisfy(group -> assertThat(group).hasSize(5));
    Set<String> names = new HashSet<>();
    document.get("rounds").get(0).forEach(group -> group.forEach(name -> names.add(name.asText())));
    assertThat(names).hasSize(15).contains("Kooperationen");
    assertThat(document.get("quality").get("repeats").asInt()).isZero();
    assertThat(document.get("quality").get("diversity").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void givenTheStormoede_whenMixingItsGroups_thenATableInDanishAndTheGroupsAreStored() {
    Run run = run(scenario.meeting().toString(), "--budget", "200ms");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Runde 1", "Gruppe 1", "Gruppe 3", "Gentagelser: 0", "Kooperationen");
    assertThat(useCases.showMeeting().show(new ShowMeetingUseCase.Command(scenario.meeting())).groups())
        .hasSize(3)
        .allSatisfy(group -> assertThat(group.members()).hasSize(5))
        .allSatisfy(group -> assertThat(run.out()).contains(group.members().size() + "  "));
  }

  @Test
  void givenAGroupCountTheAgendaDoesNotHave_whenMixing_thenRefusedAsABrokenRule() {
    Run run = run(scenario.meeting().toString(), "--groups", "4");

    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE.code());
    assertThat(run.err()).contains("4").hasLineCount(1);
  }

  @Test
  void givenTheMeetingsDay_whenMixing_thenTheMeetingIsFoundByIt() {
    assertThat(run("2014-11-25", "--budget", "100ms").exitCode()).isZero();
  }

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KredsCommand.commandLine(useCases, new PrintWriter(out, true), new PrintWriter(err, true));
    String[] withVerb = Stream.concat(Stream.of("--lang", "da", "meeting", "groups"), Arrays.stream(args))
        .toArray(String[]::new);
    return new Run(cli.execute(withVerb), out.toString(), err.toString());
  }
}
