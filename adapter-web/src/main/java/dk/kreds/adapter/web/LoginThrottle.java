package dk.kreds.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one username, or from one
 * address, within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the
 * window — before the password is even checked. A successful login clears the username's failures.
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  boolean allows(String username, String address) {
    return recent(userKey(username)) < MAX_FAILURES && recent(addressKey(address)) < MAX_FAILURES;
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {userKey(username), addressKey(address)}) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private int recent(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = clock.instant().minus(WINDOW);
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String userKey(String username) {
    return "user:" + username.strip().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
