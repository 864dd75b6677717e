package dk.kreds.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run whose classes {@code ./kreds} archives (AppCDS) after a build: the common commands one after
 * another in one JVM, on the reference scenario in a fresh database, their output thrown away. Archived
 * at the end of whichever command came first after the build instead, the classes of the others (all of
 * Jackson, for a meeting) would be read from the jar again on every run (docs/decisions/0021-cli-start-up.md).
 */
public final class Training {

  /** The commands, in order; the first stores the reference scenario that the others read. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("demo", "--format", "json"),
      List.of("--help"),
      List.of("actor", "list"),
      List.of("actor", "list", "--json"),
      List.of("actor", "show", "Kooperationen"),
      List.of("actor", "add", "Øvelsen", "--kind", "other"),
      List.of("circle", "list"),
      List.of("meeting", "list"),
      List.of("meeting", "show", "2014-11-25"),
      List.of("meeting", "show", "2014-11-25", "--json"),
      List.of("field", "overview"));

  private Training() {}

  public static void main(String[] args) throws IOException {
    DeferredLogging.install(); // as every archived command runs
    List<String> failed = run();
    if (!failed.isEmpty()) {
      System.err.println("kreds training: failed: " + failed);
      System.exit(1);
    }
  }

  /** Runs {@link #COMMANDS} in a temporary {@code KREDS_HOME}, removed afterwards; returns those that failed. */
  static List<String> run() throws IOException {
    Path home = Files.createTempDirectory("kreds-training");
    try {
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      List<String> failed = new ArrayList<>();
      for (List<String> command : COMMANDS) {
        if (Main.run(command.toArray(String[]::new), Map.of("KREDS_HOME", home.toString()), nowhere, nowhere) != 0) {
          failed.add(String.join(" ", command));
        }
      }
      return failed;
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(Training::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
