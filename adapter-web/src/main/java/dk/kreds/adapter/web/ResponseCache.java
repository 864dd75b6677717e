package dk.kreds.adapter.web;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dk.kreds.application.port.in.StoreRevisionUseCase;
import dk.kreds.application.render.Language;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Answers the reads organisers repeat most, a meeting and the field overview, as page and as JSON,
 * from the bytes the same request got before, as long as nothing stored has changed since: the key
 * holds the store's revision ({@link StoreRevisionUseCase}), so a change made here shows at once and
 * another program's within a tenth of a second. The key also holds the session (a page carries its
 * CSRF token), the language and the query, so no one is served another's answer.
 *
 * <p>It runs after the guards: a request without a valid session never reaches it.
 */
final class ResponseCache {

  /** The routes whose answers depend on the stored data, the session and the language only. */
  static final List<String> ROUTES = List.of(
      ApiRoutes.PREFIX + "/meetings/{meeting}", ApiRoutes.PREFIX + "/field", "/meetings/{meeting}", "/field");

  /** Set on a miss only, so that the after-handler keeps what the route answered and nothing else. */
  private static final String KEY = "kreds.cache.key";
  private static final long MAX_BYTES = 32L * 1024 * 1024;

  private record Key(String path, String query, Language language, String session, long revision) {}

  private record Answer(String contentType, byte[] body) {}

  private final StoreRevisionUseCase store;
  private final Cache<Key, Answer> answers = CacheBuilder.newBuilder()
      .maximumWeight(MAX_BYTES)
      .<Key, Answer>weigher((key, answer) -> answer.body().length)
      .build();

  ResponseCache(StoreRevisionUseCase store) {
    this.store = store;
  }

  /** Serves {@link #ROUTES} from the cache; register after the guards and the routes themselves. */
  void register(RoutesConfig routes) {
    for (String route : ROUTES) {
      routes.before(route, this::serve);
      routes.after(route, this::keep);
    }
  }

  private void serve(Context ctx) {
    if (ctx.method() != HandlerType.GET) {
      return;
    }
    Key key = new Key(ctx.path(), String.valueOf(ctx.queryString()), Languages.of(ctx),
        String.valueOf(ctx.cookie(Sessions.COOKIE)), store.revision());
    Answer answer = answers.getIfPresent(key);
    if (answer == null) {
      ctx.attribute(KEY, key);
      return;
    }
    ctx.status(200).contentType(answer.contentType()).result(answer.body());
    ctx.skipRemainingHandlers();
  }

  private void keep(Context ctx) throws IOException {
    Key key = ctx.attribute(KEY);
    if (key == null || ctx.statusCode() != 200) {
      return;
    }
    InputStream result = ctx.resultInputStream();
    if (result != null) {
      byte[] body = result.readAllBytes();
      ctx.result(body); // read once: put back for the response
      answers.put(key, new Answer(ctx.res().getContentType(), body));
    }
  }
}
