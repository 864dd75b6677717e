package dk.kreds.adapter.cli;

import picocli.CommandLine.Option;

/** The output options of read commands: a table or text for people by default, JSON or CSV for scripts. */
final class Formats {

  private Formats() {}

  /** {@code --json} or {@code --csv} on a list. */
  static final class ListFormat {
    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, UTF-8, a header line) instead of a table.")
    boolean csv;

    void requireOne() {
      if (json && csv) {
        throw new BadInputException("cli.formats.both");
      }
    }
  }

  /** {@code --json} on a command that shows one thing. */
  static final class ShowFormat {
    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;
  }
}
