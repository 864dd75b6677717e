package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.writeup.WriteUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class DemoCommand extends CliCommand {

  enum Format { MARKDOWN, JSON }

  @Option(names = "--format", paramLabel = "markdown|json", defaultValue = "markdown",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  DemoCommand(Context context) {
    super(context);
  }

  @Override
  void run() {
    ReferenceScenario scenario = use().loadReferenceScenario().load();
    WriteUp writeUp = use().produceWriteUp().produce(new ProduceWriteUpUseCase.Command(scenario.meeting()));
    out().print(switch (format) {
      case MARKDOWN -> WriteUpMarkdown.render(writeUp, messages(), scenario.illustrative());
      case JSON -> WriteUpJson.render(writeUp, messages(), scenario.illustrative());
    });
  }
}
