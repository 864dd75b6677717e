package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class DeferredLoggingTest {

  @Test
  void givenRootLevelWarn_whenOnlyInfoAndDebugAreLogged_thenLogbackIsNotStarted() {
    DeferredLogging logging = new DeferredLogging(Level.WARN);
    Logger logger = logging.getLoggerFactory().getLogger("org.sqlite.SQLiteJDBCLoader");

    logger.info("loaded {}", "native library");
    logger.debug("details");

    assertThat(logger.isInfoEnabled()).isFalse();
    assertThat(logger.isWarnEnabled()).isTrue();
    assertThat(logging.started()).isFalse();
  }

  @Test
  void givenRootLevelWarn_whenAWarningIsLogged_thenLogbackStartsAndTakesTheLine() {
    DeferredLogging logging = new DeferredLogging(Level.WARN);
    Logger logger = logging.getLoggerFactory().getLogger("dk.kreds.test");

    logger.warn("kunne ikke læse {}", "Ærø");

    assertThat(logging.started()).isTrue();
  }

  @Test
  void givenRootLevelDebug_whenDebugIsLogged_thenLogbackStarts() {
    DeferredLogging logging = new DeferredLogging(Level.DEBUG);
    Logger logger = logging.getLoggerFactory().getLogger("dk.kreds.test");

    logger.debug("details");

    assertThat(logger.isDebugEnabled()).isTrue();
    assertThat(logging.started()).isTrue();
  }
}
