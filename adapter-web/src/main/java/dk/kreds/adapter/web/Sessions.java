package dk.kreds.adapter.web;

import dk.kreds.domain.account.Username;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in organisers, in this server's memory: a session id of 256 random bits in an HttpOnly cookie,
 * and a CSRF token of its own that every changing request must echo. A login always starts a new session
 * (no fixation); a logout removes it, so its cookie is worth nothing after. A restart logs everyone out.
 */
final class Sessions {

  static final String COOKIE = "kreds_session";
  static final Duration LIFETIME = Duration.ofHours(8);

  /** One organiser's login. */
  record Session(String id, Username organiser, String csrfToken, Instant expires) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  Session start(Username organiser) {
    Instant now = clock.instant();
    sessions.values().removeIf(session -> !session.expires().isAfter(now));
    Session session = new Session(token(), organiser, token(), now.plus(LIFETIME));
    sessions.put(session.id(), session);
    return session;
  }

  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(sessions.get(id)).filter(session -> session.expires().isAfter(clock.instant()));
  }

  void end(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** 256 random bits, URL-safe. */
  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
