package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.writeup.WriteUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kreds meeting export MEETING --dir DIR}: the write-up as Markdown and HTML files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the meeting's write-up as Markdown and HTML files into a directory, in the chosen language.",
      "The file names are built from the meeting's date and title, e.g. 2014-11-25-stormode-for-aktorer.da.md;",
      "an existing file is never overwritten. Producing the write-up marks a held meeting written up."
    },
    footer = {"%nExamples:%n  kreds meeting export MEETING --dir sammenskrivning%n  kreds meeting export MEETING --dir out --lang en --format html"})
final class MeetingExportCommand implements Callable<Integer> {

  enum Format { MARKDOWN, HTML, BOTH }

  private final Supplier<UseCases> useCases;
  private final Supplier<Language> language;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MEETING", description = "The meeting's id.")
  private String meeting;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "The directory to write into; made if missing.")
  private Path dir;

  @Option(names = "--format", paramLabel = "markdown|html|both", defaultValue = "both",
      description = "Which files to write (default: ${DEFAULT-VALUE}).")
  private Format format;

  /** In the {@code kreds} tree: over the tree's use cases and language. */
  MeetingExportCommand(Context context) {
    this(context.useCases(), context.language());
  }

  /** @param language the language of the write-up, read when the command runs */
  MeetingExportCommand(Supplier<UseCases> useCases, Supplier<Language> language) {
    this.useCases = useCases;
    this.language = language;
  }

  @Override
  public Integer call() throws IOException {
    Language lang = language.get();
    WriteUp writeUp = useCases.get().produceWriteUp().produce(new ProduceWriteUpUseCase.Command(MeetingIcalCommand.id(meeting)));
    String markdown = WriteUpMarkdown.render(writeUp, Messages.in(lang), List.of());
    String base = FileName.of(writeUp.start().toLocalDate(), writeUp.title(), lang.name().toLowerCase(java.util.Locale.ROOT));
    Map<Path, String> files = new LinkedHashMap<>();
    if (format != Format.HTML) {
      files.put(dir.resolve(base + ".md"), markdown);
    }
    if (format != Format.MARKDOWN) {
      files.put(dir.resolve(base + ".html"), WriteUpHtml.render(markdown, writeUp.title(), lang));
    }
    files.keySet().forEach(OutputFile::refuseExisting);
    Files.createDirectories(dir);
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      spec.commandLine().getOut().println(file.getKey());
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
