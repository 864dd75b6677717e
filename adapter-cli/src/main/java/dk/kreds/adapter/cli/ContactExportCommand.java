package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kreds contact export ACTOR CONTACT}: a person's data as JSON, for an access request. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write everything Kreds keeps about a contact person as JSON (GDPR art. 15, access request):",
      "their details, the lawful basis, and the working groups, meetings, action items and themes they appear in."
    },
    footer = {"%nExamples:%n  kreds contact export ACTOR CONTACT > person.json%n  kreds contact export ACTOR CONTACT --out indsigt.json"})
final class ContactExportCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor's id.")
  private String actor;

  @Parameters(index = "1", paramLabel = "CONTACT", description = "The contact person's id.")
  private String contact;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE, which must not exist, instead of stdout.")
  private Path out;

  /** In the {@code kreds} tree: over the tree's use cases. */
  ContactExportCommand(Context context) {
    this(context.useCases());
  }

  ContactExportCommand(Supplier<UseCases> useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() throws IOException {
    OutputFile.refuseExisting(out);
    ContactRef person = new ContactRef(id(actor, ActorId::parse, "an actor"), id(contact, ContactPersonId::parse, "a contact person"));
    String json = PersonalDataJson.render(useCases.get().exportPersonalData().export(new ExportPersonalDataUseCase.Command(person)));
    OutputFile.write(out, json, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  /** Parses an id given on the command line; a malformed one is a usage error naming it. */
  static <T> T id(String text, Function<String, T> parse, String what) {
    try {
      return parse.apply(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + what + " id (a UUID)", e);
    }
  }
}
