package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ContactRef;
import org.junit.jupiter.api.Test;

/** {@code kreds contact export}: a working-group member of the reference scenario as JSON. */
class ContactExportCommandTest {

  private static Cli.Result export(UseCases use, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "export";
    System.arraycopy(args, 0, all, 1, args.length);
    return Nested.run(use, root -> new ContactExportCommand(() -> use), all);
  }

  @Test
  void givenAWorkingGroupMember_whenExported_thenJsonWithTheirDetailsBasisAndWorkingGroup() throws Exception {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    ContactRef member = use.showCircle().show(new ShowCircleUseCase.Command(scenario.circle())).workingGroup().get(0);

    Cli.Result result = export(use, member.actor().toString(), member.contact().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.at("/person/id").asText()).isEqualTo(member.contact().toString());
    assertThat(json.at("/person/email").asText()).contains("@");
    assertThat(json.at("/person/lawfulBasis/ground").asText()).isNotBlank();
    assertThat(json.at("/workingGroups")).hasSize(1);
    assertThat(result.out()).containsAnyOf("Per Bach", "Anne Worning");
  }

  @Test
  void givenAnUnknownPersonOrAMalformedId_whenExported_thenNotFoundOrUsage() {
    UseCases use = Cli.useCases();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    ContactRef member = use.showCircle().show(new ShowCircleUseCase.Command(scenario.circle())).workingGroup().get(0);

    assertThat(export(use, member.actor().toString(), "00000000-0000-0000-0000-000000000001").exitCode()).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(export(use, "per", member.contact().toString()).exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
