package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: only on a terminal, only after a second, one line redrawn in place. */
class ProgressTest {

  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(err, true), terminal, now::get);
  }

  @Test
  void givenATerminal_whenTheWorkTakesUnderASecond_thenNothingIsDrawn() {
    Progress progress = progress(true);
    now.set(Duration.ofMillis(999).toNanos());

    progress.show(500, "reading");
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void givenATerminal_whenTheWorkTakesLonger_thenABarRedrawnInPlaceAndEndedWithANewLine() {
    Progress progress = progress(true);
    now.set(Duration.ofMillis(1001).toNanos());

    progress.show(500, "reading");
    progress.show(501, "reading"); // same percent: not drawn again
    progress.show(1000, "storing");
    progress.done();

    assertThat(err.toString()).isEqualTo("\r[###############               ] 50% reading"
        + "\r[##############################] 100% storing" + System.lineSeparator());
  }

  @Test
  void givenNoTerminal_whenTheWorkTakesLong_thenNothingIsDrawn() {
    Progress progress = progress(false);
    now.set(Duration.ofSeconds(60).toNanos());

    progress.show(500, "reading");
    progress.done();

    assertThat(err.toString()).isEmpty();
  }
}
