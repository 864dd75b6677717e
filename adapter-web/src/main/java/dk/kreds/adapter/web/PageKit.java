package dk.kreds.adapter.web;

import dk.kreds.application.render.Messages;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** What every organiser page needs: its {@link Page} (language, title, organiser, CSRF token) and the renderer. */
final class PageKit {

  private final Auth auth;
  private final Html html;

  PageKit(Auth auth, Html html) {
    this.auth = auth;
    this.html = html;
  }

  Page page(Context ctx, String titleKey, Object... arguments) {
    Messages messages = Languages.messages(ctx);
    Optional<Sessions.Session> session = auth.session(ctx);
    return new Page(messages, messages.text(titleKey, arguments),
        session.map(s -> s.organiser().value()).orElse(""), session.map(Sessions.Session::csrfToken).orElse(""),
        ctx.path());
  }

  /** Renders {@code template} with status 200. */
  void render(Context ctx, String template, Map<String, Object> parameters) {
    html.render(ctx, 200, template, parameters);
  }

  void render(Context ctx, int status, String template, Map<String, Object> parameters) {
    html.render(ctx, status, template, parameters);
  }
}
