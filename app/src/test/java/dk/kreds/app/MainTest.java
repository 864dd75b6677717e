package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.adapter.cli.KredsCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: the wiring of {@link Main} behind the real command line, in-process and as a child JVM. */
class MainTest {

  @Test
  void givenTheWiringOfMain_whenRunningDemo_thenTheWriteUpHasThePagesFacts() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exitCode = KredsCommand.commandLine(Main.useCases(), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("demo", "--lang", "da");

    assertThat(exitCode).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains(
        "| 22 | 15 | 7 | 7 |", "Dialogrunde i 3 grupper", "hvert halve år", "Næste møde: 25. maj 2015",
        "per@timebank.dk", "aw@kooperationen.dk", "Socialøkonomisk Netværk", "15. december 2014");
  }

  @Test
  void givenEachRunOfMain_whenRunningDemoTwice_thenEachStartsFromAnEmptyStore() {
    for (int run = 0; run < 2; run++) {
      StringWriter out = new StringWriter();
      int exitCode = KredsCommand.commandLine(Main.useCases(), new PrintWriter(out, true), new PrintWriter(new StringWriter()))
          .execute("demo");
      assertThat(exitCode).as("run %d", run).isZero();
    }
  }

  @Test
  void givenAChildJvm_whenRunningDemoAsJson_thenStdoutIsUtf8JsonAndStderrEmpty() throws Exception {
    JavaProcess.Result result = JavaProcess.run(List.of(), Main.class.getName(), "demo", "--format", "json");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.path("channel").path("name").asText()).isEqualTo("Socialøkonomisk Netværk");
    assertThat(json.path("meeting").path("conveners").get(1).asText()).isEqualTo("Sociale Entreprenører i Danmark");
    assertThat(json.path("attendance").path("invited").asInt()).isEqualTo(22);
    assertThat(json.path("rounds").get(0).asText()).as("Danish by default").isEqualTo("Præsentationsrunde");
  }

  @Test
  void givenAChildJvm_whenTheLanguageIsUnknown_thenTheProcessExitsWith2() throws Exception {
    JavaProcess.Result result = JavaProcess.run(List.of(), Main.class.getName(), "demo", "--lang", "fr");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("'fr'");
  }
}
