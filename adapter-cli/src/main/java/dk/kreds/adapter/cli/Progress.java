package dk.kreds.adapter.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for work that may take a while: drawn only on a terminal, and only once the
 * work has taken longer than a second, so that quick runs and pipes see nothing.
 */
final class Progress {

  private static final long QUIET_NANOS = Duration.ofSeconds(1).toNanos();
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long start;
  private long drawn = -1;

  Progress(PrintWriter err, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /** A bar on {@code err} when the process's stderr is a terminal. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null, System::nanoTime);
  }

  /**
   * Shows how far the work is.
   *
   * @param permille the share done, in thousandths
   * @param label what is being done, e.g. "reading"
   */
  void show(long permille, String label) {
    long percent = Math.max(0, Math.min(100, permille / 10));
    if (!enabled || percent == drawn || nanoTime.getAsLong() - start < QUIET_NANOS) {
      return;
    }
    drawn = percent;
    int filled = (int) (percent * WIDTH / 100);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + label);
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  void done() {
    if (drawn >= 0) {
      err.println();
      err.flush();
    }
  }
}
