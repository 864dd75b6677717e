package dk.kreds.adapter.cli;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs {@code kreds} in-process over a fresh in-memory store and captures what it prints. */
final class Cli {

  /** What one run left behind. */
  record Result(int exitCode, String out, String err) {}

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

  private Cli() {}

  static UseCases useCases() {
    return ServiceFactory.create(InMemoryStore.ports(), CLOCK);
  }

  /** Runs {@code kreds args}. */
  static Result run(String... args) {
    return run(useCases -> null, args);
  }

  /** Runs {@code kreds args} with one extra subcommand, made over the same use cases, when {@code extra} gives one. */
  static Result run(Function<UseCases, Object> extra, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    UseCases useCases = useCases();
    CommandLine cli = KredsCommand.commandLine(useCases, new PrintWriter(out, true), new PrintWriter(err, true));
    Object subcommand = extra.apply(useCases);
    if (subcommand != null) {
      cli.addSubcommand(subcommand);
      // A subcommand added late keeps System.out/err until the root hands its writers down again.
      cli.setOut(cli.getOut());
      cli.setErr(cli.getErr());
    }
    int exitCode = cli.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
