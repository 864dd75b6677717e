package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kreds} as a script runs it: each call a whole run of {@link Main} on one SQLite file, in English
 * ({@code --lang en} first) unless a test gives {@code --lang}, at the time {@link #at} sets (KREDS_NOW),
 * or now.
 */
final class Shell {

  /** What one run left behind. */
  record Run(int exitCode, String out, String err) {

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Map<String, String> environment = new HashMap<>();

  Shell(Path home) {
    environment.put("KREDS_HOME", home.toString());
  }

  /** From now on, runs as if it were {@code instant}, e.g. {@code 2014-10-15T10:00:00+02:00}. */
  Shell at(String instant) {
    environment.put("KREDS_NOW", instant);
    return this;
  }

  Run run(String... args) {
    if (!List.of(args).contains("--lang")) {
      List<String> english = new ArrayList<>(List.of("--lang", "en"));
      english.addAll(List.of(args));
      args = english.toArray(String[]::new);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Runs and requires exit code 0 and nothing on stderr. */
  Run ok(String... args) {
    Run run = run(args);
    assertThat(run.exitCode()).as("kreds %s: %s", String.join(" ", args), run.err()).isZero();
    assertThat(run.err()).as("stderr of kreds %s", String.join(" ", args)).isEmpty();
    return run;
  }

  /** Runs and requires {@code exitCode}, nothing on stdout and one message on stderr. */
  Run fails(int exitCode, String... args) {
    Run run = run(args);
    assertThat(run.exitCode()).as("kreds %s: %s", String.join(" ", args), run.err()).isEqualTo(exitCode);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kreds: ").doesNotContain("\tat ");
    return run;
  }
}
