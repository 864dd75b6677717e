package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogConfigurationTest {

  @Test
  void givenTheProgramsClassPath_whenLogbackStarts_thenDiagnosticsGoToStderrAtWarnAndRequestsAtInfo() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

    assertThat(root.getLevel()).isEqualTo(LogConfiguration.rootLevel());
    assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
        appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
    assertThat(context.getLogger(LogConfiguration.REQUESTS).getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void givenAWarningWithAnException_whenLaidOut_thenTheLineIsThePatternsAndTheStackTraceFollows() {
    LoggerContext context = new LoggerContext();
    LoggingEvent event = new LoggingEvent("test", context.getLogger("dk.kreds.adapter.jdbc.JdbcStorageWithALongName"),
        Level.WARN, "slow: {} ms", new IllegalStateException("busy"), new Object[] {250});
    LogLine layout = new LogLine();
    layout.setContext(context);

    String text = layout.doLayout(event);

    assertThat(text).matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  d\\.k\\.a\\.jdbc\\.JdbcStorageWithALongName - slow: 250 ms"
        + System.lineSeparator() + "java\\.lang\\.IllegalStateException: busy" + System.lineSeparator() + "\\tat .*");
    assertThat(text).endsWith(System.lineSeparator()).doesNotEndWith(System.lineSeparator() + System.lineSeparator());
  }
}
