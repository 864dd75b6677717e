package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the web app on the same database as the other commands. */
@Command(
    name = ServeCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app: pages for organisers, RSVP links for invitees, the JSON API under /api/v1.",
      "It runs until stopped (Ctrl-C). Organisers log in with accounts made by 'kreds user add'."
    },
    footer = {"%nExamples:%n  kreds serve"
        + "%n  kreds serve --port 8080 --base-url https://kreds.example.org --db jdbc:sqlite:/srv/kreds/kreds.db"})
final class ServeCommand implements Callable<Integer> {

  /** Its name, also known before picocli reads the annotations: see {@link KredsCommand#serves}. */
  static final String NAME = "serve";


  private final Supplier<UseCases> useCases;
  private final WebLauncher launcher;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, behind a TLS proxy).")
  private String host;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Where invitees reach the server; RSVP links start with it (default: http://localhost:PORT). "
          + "An https URL marks cookies Secure.")
  private URI baseUrl;

  ServeCommand(Supplier<UseCases> useCases, WebLauncher launcher) {
    this.useCases = useCases;
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    URI base = baseUrl != null ? baseUrl : URI.create("http://localhost:" + port);
    try {
      launcher.serve(useCases.get(), host, port, base, listening -> {
        spec.commandLine().getOut().println("kreds serves on http://" + host + ":" + listening + " (links: " + base + ")");
        spec.commandLine().getOut().flush();
      });
    } catch (InterruptedException e) {
      // Stopped from inside the process (an embedding program, a test): an orderly end, not a failure.
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK.code();
  }
}
