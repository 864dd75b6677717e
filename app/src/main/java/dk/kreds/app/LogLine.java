package dk.kreds.app;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line as the pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n} writes it, with the
 * stack trace of an exception after it, without Logback's pattern parser, whose start alone costs a
 * command-line run a few hundred classes.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {

  private static final TargetLengthBasedClassNameAbbreviator LOGGER = new TargetLengthBasedClassNameAbbreviator(36);

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128)
        .append(Time.FORMAT.format(LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault())))
        .append(' ');
    String level = event.getLevel().toString();
    line.append(level).append(" ".repeat(Math.max(0, 5 - level.length())))
        .append(' ').append(LOGGER.abbreviate(event.getLoggerName()))
        .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(ThrowableProxyUtil.asString(thrown)); // ends with a line separator of its own
    }
    return line.toString();
  }

  /** Made when the first line is written: most runs write none. */
  private static final class Time {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
  }
}
