package dk.kreds.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Kreds's logging, set up in code: Logback reading an XML file costs a command-line run about 500
 * classes, as much as the command's own work (docs/decisions/0021-cli-start-up.md). Diagnostics go to
 * stderr so stdout carries only the program's output; the root level is {@code KREDS_LOG_LEVEL} (a
 * system property or the environment; default WARN); {@code kreds serve} writes one line per request at
 * INFO ({@code dk.kreds.web.requests}). A file named by {@code -Dlogback.configurationFile} still wins.
 * Found by Logback through META-INF/services.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

  /** The request log of the web adapter: method, route template, status and time, never a path or a body. */
  static final String REQUESTS = "dk.kreds.web.requests";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LogLine layout = new LogLine();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(rootLevel());
    root.addAppender(stderr);
    context.getLogger(REQUESTS).setLevel(Level.INFO);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * {@code KREDS_LOG_LEVEL} as a system property, else from the environment, else WARN. An unknown name
   * is DEBUG, as Logback reads a level (and as the XML configuration read this one).
   */
  static Level rootLevel() {
    return Optional.ofNullable(System.getProperty("KREDS_LOG_LEVEL"))
        .or(() -> Optional.ofNullable(System.getenv("KREDS_LOG_LEVEL")))
        .map(Level::toLevel)
        .orElse(Level.WARN);
  }
}
