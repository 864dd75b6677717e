package dk.kreds.app;

import dk.kreds.adapter.cli.KredsCommand;
import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import java.time.Clock;
import java.time.ZoneId;

/** The composition root: builds everything with {@code new} and runs the command line. */
public final class Main {

  /** The time zone Kreds keeps its days in. */
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code kreds} with {@code args} and returns the exit code. */
  static int run(String[] args) {
    return KredsCommand.commandLine(useCases()).execute(args);
  }

  /** Every use case over the in-memory store; storage on disk arrives with the storage issue. */
  static UseCases useCases() {
    return ServiceFactory.create(InMemoryStore.ports(), Clock.system(ZONE));
  }
}
