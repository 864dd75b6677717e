package dk.kreds.adapter.web;

import static dk.kreds.application.port.in.RecordResponseUseCase.Answer.ACCEPT;

import dk.kreds.adapter.web.Views.Rsvp;
import dk.kreds.application.port.in.AnswerRsvpUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.ShowRsvpUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.render.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The invitee's pages, without an account: {@code /rsvp/{token}} shows the meeting and changes nothing
 * (mail scanners open links); a POST from its form answers, a decline with the written contribution on
 * the same page. An unknown, altered, replaced or expired token gets one neutral page, 410. The form
 * carries an HMAC of the token under a key of this server's run as its CSRF token.
 */
final class RsvpPages {

  /** How often an answer is tried again when another change to the same meeting won the race. */
  private static final int ATTEMPTS = 20;

  private final UseCases useCases;
  private final Html html;
  private final byte[] formKey = new byte[32];
  /**
   * Answers queue here, first come first served, one at a time: they all change the same meeting, so
   * the store would serialise them anyway — SQLite by its write lock, where a crowd of waiters fails
   * after the busy timeout instead of queueing. The page is open to anyone with a link; this also
   * keeps a flood of POSTs from exhausting the database.
   */
  private final ReentrantLock answering = new ReentrantLock(true);

  RsvpPages(UseCases useCases, Html html) {
    this.useCases = useCases;
    this.html = html;
    new SecureRandom().nextBytes(formKey);
  }

  /** The link an invitee is sent. */
  static String link(URI baseUrl, String token) {
    String base = baseUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/rsvp/" + token;
  }

  void register(RoutesConfig routes) {
    routes.get("/rsvp/{token}", this::show);
    routes.post("/rsvp/{token}", this::answer);
  }

  private void show(Context ctx) {
    String token = ctx.pathParam("token");
    Optional<ShowRsvpUseCase.RsvpInvitation> invitation = useCases.showRsvp().show(new ShowRsvpUseCase.Command(token));
    if (invitation.isEmpty()) {
      neutral(ctx);
      return;
    }
    Messages messages = Languages.messages(ctx);
    ShowRsvpUseCase.RsvpInvitation found = invitation.get();
    Rsvp view = new Rsvp(found.actorName(), found.plan().title(), Pages.when(messages, found.plan().time()),
        Pages.venue(found.plan().venue()), found.plan().purpose().orElse(""),
        messages.text("page.answer." + MeetingApi.InvitationView.answer(found.response())), formToken(token));
    html.render(ctx, 200, "rsvp", Map.of("page", page(ctx, "page.rsvp-title", found.plan().title()), "token", token,
        "r", view));
  }

  private void answer(Context ctx) {
    String token = ctx.pathParam("token");
    byte[] given = Optional.ofNullable(ctx.formParam(Auth.CSRF_FIELD)).orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(formToken(token).getBytes(StandardCharsets.UTF_8), given)) {
      throw new HttpRefusal(403, "csrf.invalid", "", "");
    }
    String chosen = Optional.ofNullable(ctx.formParam("answer")).orElse("");
    if (!chosen.equals("ACCEPT") && !chosen.equals("DECLINE")) {
      throw HttpRefusal.badRequest("form.value", "answer", chosen);
    }
    RecordResponseUseCase.Answer answer = RecordResponseUseCase.Answer.valueOf(chosen);
    String selfPresentation = Optional.ofNullable(ctx.formParam("selfPresentation")).orElse("").strip();
    List<String> challenges = Arrays.stream(Optional.ofNullable(ctx.formParam("challenges")).orElse("").split("\\R"))
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    AnswerRsvpUseCase.Command command = new AnswerRsvpUseCase.Command(token, answer,
        answer == ACCEPT ? "" : selfPresentation, answer == ACCEPT ? List.of() : challenges);
    if (!answerInTurn(command)) {
      neutral(ctx);
      return;
    }
    html.render(ctx, 200, "message", Map.of("page", page(ctx, "page.rsvp-thanks"),
        "message", Languages.messages(ctx).text(answer == ACCEPT ? "page.rsvp-accepted" : "page.rsvp-declined")));
  }

  /** Answers when it is this request's turn (see {@link #answering}). */
  private boolean answerInTurn(AnswerRsvpUseCase.Command command) {
    answering.lock();
    try {
      return answerUntilSaved(command);
    } finally {
      answering.unlock();
    }
  }

  /**
   * Answers, again when another program (the CLI, a second server) saved the meeting first: an answer
   * replaces an earlier one, so trying again records it once.
   */
  private boolean answerUntilSaved(AnswerRsvpUseCase.Command command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return useCases.answerRsvp().answer(command);
      } catch (StaleWriteException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** The same page whatever was wrong with the link; it does not echo the path. */
  private void neutral(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Page page = new Page(messages, messages.text("page.rsvp-title-neutral"), "", "", "/");
    html.render(ctx, 410, "message", Map.of("page", page,
        "message", Languages.messages(ctx).text("page.rsvp-invalid")));
  }

  private static Page page(Context ctx, String key, Object... arguments) {
    Messages messages = Languages.messages(ctx);
    return new Page(messages, messages.text(key, arguments), "", "", ctx.path());
  }

  private String formToken(String token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(formKey, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }
}
