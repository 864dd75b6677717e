package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.writeup.WriteUp;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Replays the reference scenario through the use cases and prints its write-up. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Replay the Stormøde of 25 November 2014 through the use cases and print its write-up.",
      "What the source page does not say is invented, and the output says what.",
      "The scenario is stored in the database; run again, it is found there, not stored twice."
    },
    footer = {"%nExamples:%n  kreds demo%n  kreds demo --lang en%n  kreds demo --format json | jq .attendance"})
final class DemoCommand implements Callable<Integer> {

  enum Format { MARKDOWN, JSON }

  private final Supplier<UseCases> useCases;

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private KredsCommand root;

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  DemoCommand(Supplier<UseCases> useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() {
    UseCases use = useCases.get();
    ReferenceScenario scenario = use.loadReferenceScenario().load();
    WriteUp writeUp = use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(scenario.meeting()));
    Messages messages = Messages.in(root.language());
    String output = switch (format) {
      case MARKDOWN -> WriteUpMarkdown.render(writeUp, messages, scenario.illustrative());
      case JSON -> WriteUpJson.render(writeUp, messages, scenario.illustrative());
    };
    spec.commandLine().getOut().print(output);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
