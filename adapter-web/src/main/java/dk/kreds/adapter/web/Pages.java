package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.ActorRow;
import dk.kreds.adapter.web.Views.ContributionRow;
import dk.kreds.adapter.web.Views.GroupRow;
import dk.kreds.adapter.web.Views.InvitationRow;
import dk.kreds.adapter.web.Views.KindGroup;
import dk.kreds.adapter.web.Views.Link;
import dk.kreds.adapter.web.Views.MeetingPage;
import dk.kreds.adapter.web.Views.MeetingRow;
import dk.kreds.adapter.web.Views.OpenAction;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.adapter.web.Views.WriteUpDue;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.field.FieldOverview;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.writeup.WriteUp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The organiser pages: server-rendered HTML, usable without JavaScript. Every change is a POST carrying
 * the session's CSRF token and answered with a redirect (post/redirect/get); a GET changes nothing.
 */
final class Pages {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  private static final String LOGIN_COOKIE = "kreds_login";
  /** Paths a visitor without a session may see. */
  private static final List<String> OPEN = List.of("/", "/login", "/static/", "/rsvp/");

  private final UseCases useCases;
  private final Auth auth;
  private final Html html;
  private final Sessions sessions;
  private final URI baseUrl;

  Pages(UseCases useCases, Auth auth, Html html, Sessions sessions, URI baseUrl) {
    this.useCases = useCases;
    this.auth = auth;
    this.html = html;
    this.sessions = sessions;
    this.baseUrl = baseUrl;
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
    routes.get("/meetings/{meeting}", this::meeting);
    routes.post("/meetings/{meeting}/invite", this::invite);
    routes.post("/meetings/{meeting}/links", this::links);
    routes.post("/meetings/{meeting}/attendance", this::attendance);
    routes.post("/meetings/{meeting}/groups", this::groups);
    routes.post("/meetings/{meeting}/write-up", ctx -> change(ctx, "/write-up",
        id -> useCases.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(id))));
    routes.post("/meetings/{meeting}/publish", ctx -> change(ctx, "/write-up",
        id -> useCases.publishWriteUp().publish(new PublishWriteUpUseCase.Command(id))));
    routes.get("/meetings/{meeting}/write-up", this::writeUp);
    routes.get("/meetings/{meeting}/write-up.md", this::download);
    routes.get("/actors", this::actors);
    routes.post("/actors", this::addActor);
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

  private Page page(Context ctx, String titleKey, Object... arguments) {
    Messages messages = Languages.messages(ctx);
    Optional<Sessions.Session> session = auth.session(ctx);
    return new Page(messages, messages.text(titleKey, arguments),
        session.map(s -> s.organiser().value()).orElse(""), session.map(Sessions.Session::csrfToken).orElse(""),
        ctx.path());
  }

  // --- login ---------------------------------------------------------------------------------------

  private void home(Context ctx) {
    if (auth.session(ctx).isPresent()) {
      ctx.redirect("/meetings", HttpStatus.SEE_OTHER);
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
    html.render(ctx, status, "login", Map.of("page", page(ctx, "page.login"), "error", error, "loginToken", token));
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
      ctx.redirect("/meetings", HttpStatus.SEE_OTHER);
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
    html.render(ctx, 200, "meetings", Map.of("page", page(ctx, "page.meetings"), "meetings", rows, "circles", circles,
        "actors", actorOptions(activeActors()), "due", due, "actions", actions));
  }

  private void plan(Context ctx) {
    CircleId circle = new CircleId(uuid(form(ctx, "circle"), "circle"));
    LocalDate date = parse(form(ctx, "date"), "date", LocalDate::parse);
    ZonedDateTime start = ZonedDateTime.of(date, parse(form(ctx, "start"), "start", LocalTime::parse), ZONE);
    ZonedDateTime end = ZonedDateTime.of(date, parse(form(ctx, "end"), "end", LocalTime::parse), ZONE);
    int groups = parse(form(ctx, "groups"), "groups", Integer::parseInt);
    List<ActorId> conveners = useCases.showCircle().show(new ShowCircleUseCase.Command(circle)).conveners();
    String city = form(ctx, "city");
    MeetingPlan plan = new MeetingPlan(form(ctx, "title"), new MeetingTime(start, end),
        new Venue(form(ctx, "venue"), city.isBlank() ? Optional.empty() : Optional.of(city)), Optional.empty(),
        conveners, List.of(new Round.Presentation(), new Round.Dialogue(groups, Optional.empty()), new Round.Closing()),
        Optional.empty());
    MeetingId id = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle, plan));
    ctx.redirect("/meetings/" + id.value(), HttpStatus.SEE_OTHER);
  }

  private void createCircle(Context ctx) {
    useCases.createCircle().create(new CreateCircleUseCase.Command(form(ctx, "name"),
        List.of(new ActorId(uuid(form(ctx, "convener"), "convener"))), Optional.empty()));
    ctx.redirect("/meetings", HttpStatus.SEE_OTHER);
  }

  private void meeting(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Meeting meeting = show(ctx);
    List<Actor> actors = allActors(); // once: each listing reads every actor
    Map<ActorId, String> names = actors.stream().collect(Collectors.toMap(Actor::id, Actor::name));
    MeetingApi.Counts counts = MeetingApi.Counts.of(meeting.invitations());
    List<InvitationRow> invitations = meeting.invitations().stream()
        .sorted(DanishOrder.by(invitation -> names.getOrDefault(invitation.actor(), "")))
        .map(invitation -> new InvitationRow(invitation.actor().value().toString(), names.get(invitation.actor()),
            messages.text("page.answer." + MeetingApi.InvitationView.answer(invitation.response())),
            messages.text("page.attendance." + invitation.attendance().name()),
            invitation.attendance() == Attendance.PRESENT))
        .toList();
    List<String> notAnswered = meeting.invitations().stream()
        .filter(invitation -> invitation.response() instanceof Response.Pending)
        .map(invitation -> names.get(invitation.actor())).sorted(DanishOrder.texts()).toList();
    Set<ActorId> invited = meeting.invitations().stream().map(Invitation::actor).collect(Collectors.toSet());
    List<Option> invitable = actorOptions(actors.stream()
        .filter(actor -> !actor.archived() && !invited.contains(actor.id())).toList());
    List<ContributionRow> contributions = meeting.contributions().stream()
        .map(c -> new ContributionRow(names.get(c.actor()), messages.text("page.form." + c.form().name()),
            c.selfPresentation(), c.challenges()))
        .toList();
    List<GroupRow> groups = meeting.groups().stream()
        .map(group -> new GroupRow(group.number(), group.members().stream().map(names::get).toList())).toList();
    MeetingStatus status = meeting.status();
    boolean heldOrWritten = EnumSet.of(MeetingStatus.HELD, MeetingStatus.WRITTEN_UP).contains(status);
    MeetingPage view = new MeetingPage(meeting.id().value().toString(), meeting.title(), when(messages, meeting.time()),
        venue(meeting.plan().venue()), messages.status(status),
        messages.text("page.counts", counts.invited(), counts.accepted(), counts.declined(), counts.pending(),
            counts.present()),
        invitations, notAnswered, invitable, contributions, groups,
        EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.INVITATIONS_OUT).contains(status),
        EnumSet.of(MeetingStatus.INVITATIONS_OUT, MeetingStatus.HELD).contains(status) && !invitations.isEmpty(),
        heldOrWritten && dialogueRound(meeting).isPresent(), heldOrWritten, status == MeetingStatus.WRITTEN_UP);
    html.render(ctx, 200, "meeting", Map.of("page", page(ctx, "page.meeting-title", meeting.title()), "m", view));
  }

  private void invite(Context ctx) {
    List<ActorId> actors = ctx.formParams("actor").stream().map(id -> new ActorId(uuid(id, "actor"))).toList();
    if (actors.isEmpty()) {
      throw HttpRefusal.badRequest("form.missing", "actor", "");
    }
    change(ctx, "", id -> {
      useCases.inviteActors().invite(new InviteActorsUseCase.Command(id, actors));
      return null;
    });
  }

  /** New RSVP links for every invitee who has not answered, shown once on the answer page. */
  private void links(Context ctx) {
    Meeting meeting = show(ctx);
    Map<ActorId, String> names = names();
    List<ActorId> pending = meeting.invitations().stream()
        .filter(invitation -> invitation.response() instanceof Response.Pending).map(Invitation::actor).toList();
    List<Link> links = new ArrayList<>();
    if (!pending.isEmpty()) {
      useCases.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting.id(), pending))
          .forEach((actor, token) -> links.add(new Link(names.get(actor), RsvpPages.link(baseUrl, token))));
    }
    html.render(ctx, 200, "links", Map.of("page", page(ctx, "page.links"), "meeting", meeting.id().value().toString(),
        "links", links));
  }

  private void attendance(Context ctx) {
    Set<String> present = Set.copyOf(ctx.formParams("present"));
    Meeting meeting = show(ctx);
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    meeting.invitations().forEach(invitation -> attendance.put(invitation.actor(),
        present.contains(invitation.actor().value().toString()) ? Attendance.PRESENT : Attendance.ABSENT));
    change(ctx, "", id -> {
      useCases.recordAttendance().record(new RecordAttendanceUseCase.Command(id, attendance));
      return null;
    });
  }

  private void groups(Context ctx) {
    int round = dialogueRound(show(ctx)).orElseThrow(() -> HttpRefusal.badRequest("form.missing", "round", ""));
    change(ctx, "", id -> useCases.formDialogueGroups().form(
        new FormDialogueGroupsUseCase.Command(id, round, Optional.empty())));
  }

  /** Runs {@code change} on the meeting in the path, then shows the meeting page (or {@code then} below it). */
  private void change(Context ctx, String then, Function<MeetingId, Object> change) {
    MeetingId id = Routes.meeting(ctx);
    change.apply(id);
    ctx.redirect("/meetings/" + id.value() + then, HttpStatus.SEE_OTHER);
  }

  private void writeUp(Context ctx) {
    Meeting meeting = show(ctx);
    html.render(ctx, 200, "writeup", Map.of("page", page(ctx, "page.write-up-title", meeting.title()),
        "meeting", meeting.id().value().toString(), "markdown", markdown(ctx, meeting)));
  }

  private void download(Context ctx) {
    Meeting meeting = show(ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"write-up-" + meeting.time().date() + ".md\"");
    ctx.contentType("text/markdown; charset=utf-8").result(markdown(ctx, meeting));
  }

  /** The write-up as it stands, computed without changing the meeting. */
  private String markdown(Context ctx, Meeting meeting) {
    var circle = useCases.showCircle().show(new ShowCircleUseCase.Command(meeting.circle()));
    Map<ActorId, Actor> actors = new HashMap<>();
    Map<ActorId, String> names = new HashMap<>();
    allActors().forEach(actor -> {
      actors.put(actor.id(), actor);
      names.put(actor.id(), actor.name());
    });
    return WriteUpMarkdown.render(WriteUp.of(meeting, circle, names, actors), Languages.messages(ctx), List.of());
  }

  // --- actors and the field ------------------------------------------------------------------------

  private void actors(Context ctx) {
    Messages messages = Languages.messages(ctx);
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    String needle = query.toLowerCase(Locale.ROOT);
    List<ActorRow> rows = activeActors().stream()
        .filter(actor -> needle.isEmpty() || actor.name().toLowerCase(Locale.ROOT).contains(needle))
        .map(actor -> new ActorRow(actor.id().value().toString(), actor.name(), messages.kind(actor.kind()),
            actor.profile().region().orElse(""), actor.archived()))
        .toList();
    List<Option> kinds = java.util.Arrays.stream(ActorKind.values())
        .map(kind -> new Option(kind.name(), messages.kind(kind))).toList();
    html.render(ctx, 200, "actors", Map.of("page", page(ctx, "page.actors"), "actors", rows, "kinds", kinds,
        "query", query));
  }

  private void addActor(Context ctx) {
    ActorKind kind = parse(form(ctx, "kind"), "kind", ActorKind::valueOf);
    String region = form(ctx, "region");
    ActorProfile profile = ActorProfile.of(form(ctx, "name"), kind);
    useCases.registerActor().register(new RegisterActorUseCase.Command(
        region.isBlank() ? profile : profile.withRegion(region)));
    ctx.redirect("/actors", HttpStatus.SEE_OTHER);
  }

  private void field(Context ctx) {
    Messages messages = Languages.messages(ctx);
    FieldOverview overview = useCases.showFieldOverview().show();
    List<KindGroup> kinds = overview.byKind().entrySet().stream()
        .map(entry -> new KindGroup(messages.kind(entry.getKey()), entry.getValue())).toList();
    html.render(ctx, 200, "field", Map.of("page", page(ctx, "page.field"), "actors", overview.actors(), "kinds", kinds));
  }

  // --- helpers -------------------------------------------------------------------------------------

  private Meeting show(Context ctx) {
    return useCases.showMeeting().show(new ShowMeetingUseCase.Command(Routes.meeting(ctx)));
  }

  private List<Actor> allActors() {
    return useCases.listActors().list(new ListActorsUseCase.Command(true));
  }

  private List<Actor> activeActors() {
    return useCases.listActors().list(new ListActorsUseCase.Command(false));
  }

  private Map<ActorId, String> names() {
    return allActors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
  }

  private static List<Option> actorOptions(List<Actor> actors) {
    return actors.stream().map(actor -> new Option(actor.id().value().toString(), actor.name())).toList();
  }

  private static Optional<Integer> dialogueRound(Meeting meeting) {
    List<Round> agenda = meeting.plan().agenda();
    return IntStream.range(0, agenda.size()).filter(i -> agenda.get(i) instanceof Round.Dialogue).boxed().findFirst();
  }

  static String when(Messages messages, MeetingTime time) {
    return messages.date(time.start()) + " " + time.start().toLocalTime() + "–" + time.end().toLocalTime();
  }

  static String venue(Venue venue) {
    return venue.name() + venue.city().map(city -> ", " + city).orElse("");
  }

  private static String form(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null) {
      throw HttpRefusal.badRequest("form.missing", name, "");
    }
    return value;
  }

  private static UUID uuid(String text, String field) {
    return parse(text, field, UUID::fromString);
  }

  private static <T> T parse(String text, String field, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw HttpRefusal.badRequest("form.value", field, text);
    }
  }
}
