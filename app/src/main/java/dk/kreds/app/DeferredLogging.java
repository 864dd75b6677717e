package dk.kreds.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LocationAwareLogger;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J for one command-line run: Logback starts only when something logs at a level that may be
 * shown. A library asks for its loggers when it loads (sqlite-jdbc in every run), but most commands
 * log nothing, and starting Logback cost a run about 90 classes, a tenth of its own work
 * (docs/decisions/0021-cli-start-up.md). Once started, Logback is configured by {@link LogConfiguration}
 * and decides as always; before, a logger answers from the root level alone, which is the lowest level
 * that configuration enables outside {@code kreds serve}.
 *
 * <p>{@link Main} chooses it through SLF4J's {@code slf4j.provider} property ({@link #install}), except
 * for {@code kreds serve} and when {@code -Dlogback.configurationFile} names a configuration whose
 * levels only Logback knows.
 */
public final class DeferredLogging implements SLF4JServiceProvider {

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private final Level threshold;
  private ILoggerFactory logback;

  /**
   * Makes this SLF4J's provider, unless a Logback configuration file or another provider was named.
   * Called before any class asks SLF4J for a logger; SLF4J's own note that it loaded the provider is
   * left out.
   */
  static void install() {
    if (System.getProperty("logback.configurationFile") == null && System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", DeferredLogging.class.getName());
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Deferred to the root level of {@link LogConfiguration#rootLevel()}; how SLF4J makes it. */
  public DeferredLogging() {
    this(LogConfiguration.rootLevel());
  }

  DeferredLogging(Level threshold) {
    this.threshold = threshold;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return DeferredLogger::new;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return LogbackServiceProvider.REQUESTED_API_VERSION;
  }

  @Override
  public void initialize() {
    // Nothing until the first line that may be shown.
  }

  /** Whether Logback has been started. */
  synchronized boolean started() {
    return logback != null;
  }

  private synchronized ILoggerFactory logback() {
    if (logback == null) {
      LogbackServiceProvider provider = new LogbackServiceProvider();
      provider.initialize();
      logback = provider.getLoggerFactory();
    }
    return logback;
  }

  /** A logger that hands a line to Logback's logger of the same name, starting Logback for the first. */
  private final class DeferredLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    DeferredLogger(String name) {
      this.name = name;
    }

    private boolean enabled(Level level) {
      return level.isGreaterOrEqual(threshold);
    }

    @Override
    public boolean isTraceEnabled() {
      return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return DeferredLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      ((LocationAwareLogger) logback().getLogger(name))
          .log(marker, getFullyQualifiedCallerName(), level.toInt(), pattern, arguments, throwable);
    }
  }
}
