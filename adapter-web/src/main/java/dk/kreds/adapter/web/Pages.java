package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.KindGroup;
import dk.kreds.adapter.web.Views.MeetingRow;
import dk.kreds.adapter.web.Views.OpenAction;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.adapter.web.Views.WriteUpDue;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.field.FieldOverview;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.DanishTime;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The organiser pages: server-rendered HTML, usable without JavaScript. Every change is a POST carrying
 * the session's CSRF token and answered with a redirect (post/redirect/get); a GET changes nothing.
 */
final class Pages {

  private static final String LOGIN_COOKIE = "kreds_login";
  /** The most dialogue rounds the plan form offers; the mixer is made for a handful. */
  private static final int MAX_DIALOGUE_ROUNDS = 6;
  /** Paths a visitor without a session may see. */
  private static final List<String> OPEN = List.of("/", "/login", "/static/", "/rsvp/");

  private final UseCases useCases;
  private final Auth auth;
  private final PageKit kit;
  private final Sessions sessions;
  private final URI baseUrl;
  private final MeetingPages meetingPages;
  private final ActorPages actorPages;
  private final CirclePages circlePages;

  Pages(UseCases useCases, Auth auth, Html html, Sessions sessions, URI baseUrl,
      Optional<ActorFileReader> actorFiles) {
    this.useCases = useCases;
    this.auth = auth;
    this.kit = new PageKit(auth, html);
    this.sessions = sessions;
    this.baseUrl = baseUrl;
    this.meetingPages = new MeetingPages(useCases, kit, baseUrl);
    this.actorPages = new ActorPages(useCases, kit, actorFiles, Clock.systemUTC());
    this.circlePages = new CirclePages(useCases, kit);
  }

  void register(RoutesConfig routes) {
    routes.before(this::guard);
    routes.get("/", this::home);
    routes.post("/login", this::logIn);
    routes.post("/logout", ctx -> {
      auth.logOut(ctx);
      ctx.redirect("/", HttpStatus.SEE_OTHER);
    });
    routes.get("/meetings", this::meetings);
    routes.post("/meetings", this::plan);
    routes.post("/circles", this::createCircle);
    meetingPages.register(routes);
    actorPages.register(routes);
    circlePages.register(routes);
    routes.get("/field", this::field);
    routes.get("/static/kreds.css", ctx -> ctx.contentType("text/css; charset=utf-8")
        .result(Pages.class.getResourceAsStream("/static/kreds.css")));
  }

  /**
   * Before every page: the language switch leaves its cookie; a page needs a session (else the login
   * page); a POST needs the session's CSRF token (else 403).
   */
  private void guard(Context ctx) {
    String path = ctx.path();
    String lang = ctx.queryParam("lang");
    if (lang != null && (lang.equals("da") || lang.equals("en"))) {
      ctx.addHeader("Set-Cookie", Languages.COOKIE + "=" + lang + "; Path=/; SameSite=Lax" + secure());
    }
    if (path.startsWith(ApiRoutes.PREFIX + "/") || OPEN.stream().anyMatch(open -> open.endsWith("/") && open.length() > 1
        ? path.startsWith(open) : path.equals(open))) {
      return;
    }
    Optional<Sessions.Session> session = auth.session(ctx);
    if (session.isEmpty()) {
      if (ctx.method() == HandlerType.GET) {
        ctx.redirect("/", HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      throw new HttpRefusal(401, "session.missing", "", "");
    }
    if (ctx.method() == HandlerType.POST) {
      Auth.requireCsrf(session.get(), ctx.formParam(Auth.CSRF_FIELD));
    }
  }

  /** The cookie attribute a server reached over TLS adds. */
  private String secure() {
    return "https".equals(baseUrl.getScheme()) ? "; Secure" : "";
  }

  // --- login ---------------------------------------------------------------------------------------

  private void home(Context ctx) {
    if (auth.session(ctx).isPresent()) {
      Forms.seeOther(ctx, "/meetings");
      return;
    }
    loginPage(ctx, 200, "");
  }

  /**
   * The login form, with a token of its own in a cookie: a login cannot be forged from another site. A
   * browser's token is kept while it lasts, so a second tab (or a favicon request) does not spoil the first.
   */
  private void loginPage(Context ctx, int status, String error) {
    String token = Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).filter(t -> t.matches("[A-Za-z0-9_-]{43}"))
        .orElseGet(sessions::token);
    ctx.addHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + secure());
    kit.render(ctx, status, "login", Map.of("page", kit.page(ctx, "page.login"), "error", error, "loginToken", token));
  }

  private void logIn(Context ctx) {
    String cookie = ctx.cookie(LOGIN_COOKIE);
    String given = ctx.formParam(Auth.CSRF_FIELD);
    if (cookie == null || !cookie.equals(given)) {
      throw new HttpRefusal(403, "csrf.invalid", "", "");
    }
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (auth.logIn(ctx, username, password).isPresent()) {
      Forms.seeOther(ctx, "/meetings");
    } else {
      loginPage(ctx, 401, Languages.messages(ctx).text("web.error.login.failed"));
    }
  }

  // --- meetings ------------------------------------------------------------------------------------

  private void meetings(Context ctx) {
    Messages messages = Languages.messages(ctx);
    List<Meeting> all = useCases.listMeetings().list(new ListMeetingsUseCase.Command(Optional.empty()));
    List<WriteUpDue> due = all.stream()
        .filter(meeting -> EnumSet.of(MeetingStatus.HELD, MeetingStatus.WRITTEN_UP).contains(meeting.status()))
        .map(meeting -> new WriteUpDue(meeting.id().value().toString(), meeting.title(),
            meeting.plan().writeUpDue().map(messages::date).orElse("")))
        .toList();
    List<OpenAction> actions = all.stream().flatMap(meeting -> meeting.actionItems().stream()
            .filter(item -> item.done().isEmpty())
            .map(item -> new OpenAction(meeting.id().value().toString(), meeting.title(), item.description(),
                messages.date(item.due()))))
        .toList();
    List<MeetingRow> rows = all.stream().map(meeting -> {
      MeetingApi.Counts counts = MeetingApi.Counts.of(meeting.invitations());
      return new MeetingRow(meeting.id().value().toString(), meeting.title(), when(messages, meeting.time()),
          messages.status(meeting.status()), counts.invited(), counts.accepted(), counts.declined(),
          counts.pending(), counts.present());
    }).toList();
    List<Option> circles = useCases.listCircles().list().stream()
        .map(circle -> new Option(circle.id().value().toString(), circle.name())).toList();
    kit.render(ctx, "meetings", Map.of("page", kit.page(ctx, "page.meetings"), "meetings", rows, "circles", circles,
        "actors", actorOptions(activeActors()), "due", due, "actions", actions));
  }

  private void plan(Context ctx) {
    CircleId circle = new CircleId(Forms.uuid(Forms.required(ctx, "circle"), "circle"));
    LocalDate date = Forms.parse(Forms.required(ctx, "date"), "date", LocalDate::parse);
    ZonedDateTime start = ZonedDateTime.of(date, Forms.parse(Forms.required(ctx, "start"), "start", LocalTime::parse), DanishTime.ZONE);
    ZonedDateTime end = ZonedDateTime.of(date, Forms.parse(Forms.required(ctx, "end"), "end", LocalTime::parse), DanishTime.ZONE);
    int groups = Forms.parse(Forms.required(ctx, "groups"), "groups", Integer::parseInt);
    int dialogues = Forms.optional(ctx, "rounds", Integer::valueOf).orElse(1);
    if (dialogues < 1 || dialogues > MAX_DIALOGUE_ROUNDS) {
      throw HttpRefusal.badRequest("form.value", "rounds", String.valueOf(dialogues));
    }
    List<Round> agenda = new ArrayList<>();
    agenda.add(new Round.Presentation());
    IntStream.range(0, dialogues).forEach(i -> agenda.add(new Round.Dialogue(groups, Optional.empty())));
    agenda.add(new Round.Closing());
    List<ActorId> conveners = useCases.showCircle().show(new ShowCircleUseCase.Command(circle)).conveners();
    String city = Forms.required(ctx, "city");
    MeetingPlan plan = new MeetingPlan(Forms.required(ctx, "title"), new MeetingTime(start, end),
        new Venue(Forms.required(ctx, "venue"), city.isBlank() ? Optional.empty() : Optional.of(city)), Optional.empty(),
        conveners, agenda,
        Optional.empty());
    MeetingId id = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle, plan));
    Forms.seeOther(ctx, "/meetings/" + id.value());
  }

  private void createCircle(Context ctx) {
    useCases.createCircle().create(new CreateCircleUseCase.Command(Forms.required(ctx, "name"),
        List.of(new ActorId(Forms.uuid(Forms.required(ctx, "convener"), "convener"))), Optional.empty()));
    Forms.seeOther(ctx, "/meetings");
  }

  // --- actors and the field ------------------------------------------------------------------------

  private void field(Context ctx) {
    Messages messages = Languages.messages(ctx);
    FieldOverview overview = useCases.showFieldOverview().show();
    List<KindGroup> kinds = overview.byKind().entrySet().stream()
        .map(entry -> new KindGroup(messages.kind(entry.getKey()), entry.getValue())).toList();
    kit.render(ctx, "field", Map.of("page", kit.page(ctx, "page.field"), "actors", overview.actors(), "kinds", kinds));
  }

  // --- helpers -------------------------------------------------------------------------------------

  private List<Actor> activeActors() {
    return useCases.listActors().list(new ListActorsUseCase.Command(false));
  }

  private static List<Option> actorOptions(List<Actor> actors) {
    return actors.stream().map(actor -> new Option(actor.id().value().toString(), actor.name())).toList();
  }

  static String when(Messages messages, MeetingTime time) {
    return messages.date(time.start()) + " " + time.start().toLocalTime() + "–" + time.end().toLocalTime();
  }

  static String venue(Venue venue) {
    return venue.name() + venue.city().map(city -> ", " + city).orElse("");
  }


}
