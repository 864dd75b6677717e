package dk.kreds.adapter.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of every command that runs the dialogue mixer: seed, budget and JSON output. */
final class SearchOptions {

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--budget", defaultValue = "2s", paramLabel = "TIME", converter = Budgets.class,
      description = "Longest search, e.g. 2s, 500ms, 1m (default: ${DEFAULT-VALUE}).")
  Duration budget;

  @Option(names = "--json", description = "Print JSON: rounds (per round the groups and their members) and quality.")
  boolean json;
}
