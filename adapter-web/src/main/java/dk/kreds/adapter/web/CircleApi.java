package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.Requests.ids;
import static dk.kreds.adapter.web.Requests.list;
import static dk.kreds.adapter.web.Requests.optional;
import static dk.kreds.adapter.web.Requests.required;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.circle.Membership;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Circles: create, show, add members, plan a meeting. */
final class CircleApi {

  private final UseCases useCases;

  CircleApi(UseCases useCases) {
    this.useCases = useCases;
  }

  void register(ApiRoutes routes) {
    routes.create("/circles", "Create a circle with its conveners", CircleRequest.class, Created.class,
        List.of(400, 404, 413, 422), this::create);
    routes.get("/circles", "List the circles", CircleView.class, true, List.of(), ctx ->
        Json.respond(ctx, 200, useCases.listCircles().list().stream().map(CircleView::of).toList()));
    routes.get("/circles/{circle}", "Show a circle", CircleView.class, false, List.of(404), this::show);
    routes.change(HandlerType.PUT, "/circles/{circle}/cadence", "Set how many months apart the circle meets",
        CadenceRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::circle, CadenceRequest.class, (circle, request) ->
            useCases.setCadence().set(new SetCadenceUseCase.Command(circle,
                new Cadence(required(request.months(), "months"))))));
    routes.change(HandlerType.PUT, "/circles/{circle}/working-group", "Set the contact persons of the working group",
        WorkingGroupRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::circle, WorkingGroupRequest.class, (circle, request) ->
            useCases.setWorkingGroup().set(new SetWorkingGroupUseCase.Command(circle,
                list(request.persons()).stream().map(person -> required(person, "persons").ref()).toList()))));
    routes.change(HandlerType.PUT, "/circles/{circle}/channel", "Set where the circle talks between meetings",
        ChannelRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::circle, ChannelRequest.class, (circle, request) ->
            useCases.setChannel().set(new SetChannelUseCase.Command(circle, new DiscussionChannel(
                required(request.name(), "name"), optional(request.url()).map(Website::parse))))));
    routes.change(HandlerType.POST, "/circles/{circle}/themes", "Post a theme for discussion in the circle",
        ThemeRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::circle, ThemeRequest.class, (circle, request) ->
            useCases.postDiscussionTheme().post(new PostDiscussionThemeUseCase.Command(circle,
                required(request.title(), "title"), request.body() == null ? "" : request.body(),
                required(request.author(), "author").ref()))));
    routes.change(HandlerType.POST, "/circles/{circle}/members", "Add actors to a circle", ActorsRequest.class, null,
        List.of(400, 404, 409, 413, 422), this::addMembers);
    routes.create("/circles/{circle}/meetings", "Plan a meeting of the circle", MeetingRequest.class, Created.class,
        List.of(400, 404, 413, 422), this::plan);
  }

  private void create(Context ctx) {
    CircleRequest request = Json.read(ctx, CircleRequest.class);
    CircleId id = useCases.createCircle().create(new CreateCircleUseCase.Command(
        required(request.name(), "name"),
        ids(request.conveners(), "conveners", ActorId::new),
        Optional.ofNullable(request.cadenceMonths()).map(Cadence::new)));
    Json.respond(ctx, 201, new Created(id.value()));
  }

  private void show(Context ctx) {
    Circle circle = useCases.showCircle().show(new ShowCircleUseCase.Command(Routes.circle(ctx)));
    Json.respond(ctx, 200, CircleView.of(circle));
  }

  private void addMembers(Context ctx) {
    CircleId circle = Routes.circle(ctx);
    ActorsRequest request = Json.read(ctx, ActorsRequest.class);
    useCases.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, ids(request.actors(), "actors", ActorId::new)));
    ctx.status(204);
  }

  private void plan(Context ctx) {
    CircleId circle = Routes.circle(ctx);
    MeetingPlan plan = Json.read(ctx, MeetingRequest.class).plan();
    MeetingId id = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle, plan));
    Json.respond(ctx, 201, new Created(id.value()));
  }

  /** A new circle: its name, its conveners and, optionally, how many months apart it meets. */
  record CircleRequest(String name, List<UUID> conveners, Integer cadenceMonths) {}

  /** How many months apart the circle meets, 1–24. */
  record CadenceRequest(Integer months) {}

  /** The working group: contact persons of the circle's actors; an empty list for none. */
  record WorkingGroupRequest(List<ContactApi.PersonRef> persons) {}

  /** Where the circle talks between meetings: a name and, optionally, a web address. */
  record ChannelRequest(String name, String url) {}

  /** A theme for discussion, and the contact person who posts it. */
  record ThemeRequest(String title, String body, ContactApi.PersonRef author) {}

  /** Actors to add or invite. */
  record ActorsRequest(List<UUID> actors) {}

  /** A meeting's plan, as sent to plan it and as shown; times are ISO-8601 with an offset, e.g. {@code 2014-11-25T13:00:00+01:00}. */
  record MeetingRequest(
      String title,
      OffsetDateTime start,
      OffsetDateTime end,
      String venue,
      String city,
      String purpose,
      List<UUID> conveners,
      List<AgendaItem> agenda,
      LocalDate writeUpDue) {

    MeetingPlan plan() {
      return new MeetingPlan(
          required(title, "title"),
          new MeetingTime(required(start, "start").toZonedDateTime(), required(end, "end").toZonedDateTime()),
          new Venue(required(venue, "venue"), optional(city)),
          optional(purpose),
          ids(conveners, "conveners", ActorId::new),
          list(agenda).stream().map(AgendaItem::round).toList(),
          Optional.ofNullable(writeUpDue));
    }

    static MeetingRequest of(MeetingPlan plan) {
      return new MeetingRequest(plan.title(), plan.time().start().toOffsetDateTime(),
          plan.time().end().toOffsetDateTime(), plan.venue().name(), plan.venue().city().orElse(null),
          plan.purpose().orElse(null), plan.conveners().stream().map(ActorId::value).toList(),
          plan.agenda().stream().map(AgendaItem::of).toList(), plan.writeUpDue().orElse(null));
    }
  }

  /**
   * One round of the agenda: {@code kind} is {@code presentation}, {@code dialogue} (with {@code groups}
   * and an optional {@code topic}), {@code closing} or {@code other} (with a {@code title}).
   */
  record AgendaItem(String kind, Integer groups, String topic, String title) {

    Round round() {
      return switch (required(kind, "agenda.kind")) {
        case "presentation" -> new Round.Presentation();
        case "dialogue" -> new Round.Dialogue(required(groups, "agenda.groups"), optional(topic));
        case "closing" -> new Round.Closing();
        case "other" -> new Round.Other(required(title, "agenda.title"));
        default -> throw HttpRefusal.badRequest("json.value", "agenda.kind", kind);
      };
    }

    static AgendaItem of(Round round) {
      if (round instanceof Round.Dialogue dialogue) {
        return new AgendaItem("dialogue", dialogue.groups(), dialogue.topic().orElse(null), null);
      }
      if (round instanceof Round.Other other) {
        return new AgendaItem("other", null, null, other.title());
      }
      return new AgendaItem(round instanceof Round.Presentation ? "presentation" : "closing", null, null, null);
    }
  }

  /** A circle as the API shows it. */
  record CircleView(UUID id, String name, List<UUID> conveners, List<Member> members, Integer cadenceMonths,
      List<ContactRef> workingGroup, Optional<DiscussionChannel> channel, List<DiscussionTheme> themes) {

    static CircleView of(Circle circle) {
      return new CircleView(circle.id().value(), circle.name(),
          circle.conveners().stream().map(ActorId::value).toList(),
          circle.members().stream().map(Member::of).toList(),
          circle.cadence().map(Cadence::months).orElse(null),
          circle.workingGroup(), circle.channel(), circle.themes());
    }
  }

  /** A member of a circle and the day it joined. */
  record Member(UUID actor, LocalDate joined) {
    static Member of(Membership membership) {
      return new Member(membership.actor().value(), membership.joined());
    }
  }
}
