package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.Requests.ids;
import static dk.kreds.adapter.web.Requests.list;
import static dk.kreds.adapter.web.Requests.required;

import dk.kreds.adapter.web.CircleApi.ActorsRequest;
import dk.kreds.adapter.web.CircleApi.MeetingRequest;
import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.writeup.WriteUp;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A meeting and its process: show, invite, answers, attendance, contributions, groups, write-up. */
final class MeetingApi {

  private final UseCases useCases;
  private final URI baseUrl;

  /** @param baseUrl where invitees reach the server: RSVP links start with it */
  MeetingApi(UseCases useCases, URI baseUrl) {
    this.useCases = useCases;
    this.baseUrl = baseUrl;
  }

  void register(ApiRoutes routes) {
    routes.get("/meetings", "List the meetings, earliest first; ?circle={id} for one circle's", MeetingView.class, true,
        List.of(400), this::listAll);
    routes.get("/meetings/{meeting}", "Show a meeting with its invitations, counts and outcomes", MeetingView.class,
        false, List.of(404), this::show);
    routes.change(HandlerType.POST, "/meetings/{meeting}/invitations", "Invite actors", ActorsRequest.class, null,
        ApiRoutes.CHANGE_ERRORS, ApiRoutes.withBody(Routes::meeting, ActorsRequest.class, this::invite));
    routes.change(HandlerType.POST, "/meetings/{meeting}/rsvp-links",
        "Make new RSVP links for invitees (an earlier link of theirs stops working); the links are shown only now",
        ActorsRequest.class, RsvpLinks.class, ApiRoutes.CHANGE_ERRORS, this::rsvpLinks);
    routes.change(HandlerType.POST, "/meetings/{meeting}/responses", "Record an invitee's answer",
        ResponseRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::meeting, ResponseRequest.class, this::respond));
    routes.change(HandlerType.POST, "/meetings/{meeting}/attendance", "Record who came and who did not",
        AttendanceRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::meeting, AttendanceRequest.class, this::attendance));
    routes.change(HandlerType.POST, "/meetings/{meeting}/contributions", "Record a contribution",
        ContributionRequest.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::meeting, ContributionRequest.class, this::contribute));
    routes.change(HandlerType.POST, "/meetings/{meeting}/groups", "Form the groups of a dialogue round",
        GroupsRequest.class, GroupView.class, ApiRoutes.CHANGE_ERRORS, this::groups);
    routes.change(HandlerType.POST, "/meetings/{meeting}/cancel", "Cancel a meeting", null, null,
        List.of(404, 409, 422), this::cancel);
    routes.change(HandlerType.POST, "/meetings/{meeting}/write-up", "Produce the write-up", null, WriteUp.class,
        List.of(404, 409, 422), this::produce);
    routes.change(HandlerType.POST, "/meetings/{meeting}/write-up/publish", "Publish the write-up", null,
        WriteUp.class, List.of(404, 409, 422), this::publish);
  }

  private void listAll(Context ctx) {
    Optional<CircleId> circle = Optional.ofNullable(ctx.queryParam("circle"))
        .map(text -> new CircleId(Forms.parseQuery(text, "circle", UUID::fromString)));
    Json.respond(ctx, 200, useCases.listMeetings().list(new ListMeetingsUseCase.Command(circle)).stream()
        .map(MeetingView::of).toList());
  }

  private void show(Context ctx) {
    Json.respond(ctx, 200, MeetingView.of(useCases.showMeeting().show(new ShowMeetingUseCase.Command(Routes.meeting(ctx)))));
  }

  private void invite(MeetingId meeting, ActorsRequest request) {
    useCases.inviteActors().invite(new InviteActorsUseCase.Command(meeting, ids(request.actors(), "actors", ActorId::new)));
  }

  private void rsvpLinks(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    List<ActorId> actors = ids(Json.read(ctx, ActorsRequest.class).actors(), "actors", ActorId::new);
    if (actors.isEmpty()) {
      throw HttpRefusal.badRequest("json.missing", "actors", "");
    }
    List<RsvpLink> links = useCases.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting, actors))
        .entrySet().stream()
        .map(link -> new RsvpLink(link.getKey().value(), RsvpPages.link(baseUrl, link.getValue())))
        .toList();
    Json.respond(ctx, 200, new RsvpLinks(links));
  }

  private void respond(MeetingId meeting, ResponseRequest request) {
    useCases.recordResponse().record(new RecordResponseUseCase.Command(meeting,
        new ActorId(required(request.actor(), "actor")), required(request.answer(), "answer")));
  }

  private void attendance(MeetingId meeting, AttendanceRequest request) {
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    ids(request.present(), "present", ActorId::new).forEach(actor -> attendance.put(actor, Attendance.PRESENT));
    ids(request.absent(), "absent", ActorId::new).forEach(actor -> attendance.put(actor, Attendance.ABSENT));
    useCases.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, attendance));
  }

  private void contribute(MeetingId meeting, ContributionRequest request) {
    useCases.recordContribution().record(new RecordContributionUseCase.Command(meeting,
        new ActorId(required(request.actor(), "actor")), required(request.form(), "form"),
        request.selfPresentation() == null ? "" : request.selfPresentation(), list(request.challenges()),
        ids(request.mentions(), "mentions", ActorId::new)));
  }

  private void groups(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    GroupsRequest request = Json.read(ctx, GroupsRequest.class);
    Optional<List<List<ActorId>>> members = Optional.ofNullable(request.members())
        .map(groups -> groups.stream().map(group -> ids(group, "members", ActorId::new)).toList());
    List<DialogueGroup> groups = useCases.formDialogueGroups().form(
        new FormDialogueGroupsUseCase.Command(meeting, required(request.round(), "round"), members));
    Json.respond(ctx, 200, groups.stream().map(GroupView::of).toList());
  }

  private void cancel(Context ctx) {
    useCases.cancelMeeting().cancel(new CancelMeetingUseCase.Command(Routes.meeting(ctx)));
    ctx.status(204);
  }

  private void produce(Context ctx) {
    Json.respond(ctx, 200, useCases.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(Routes.meeting(ctx))));
  }

  private void publish(Context ctx) {
    Json.respond(ctx, 200, useCases.publishWriteUp().publish(new PublishWriteUpUseCase.Command(Routes.meeting(ctx))));
  }

  /** The new RSVP links, in the order asked. */
  record RsvpLinks(List<RsvpLink> links) {}

  /** An invitee's RSVP link, to send them. */
  record RsvpLink(UUID actor, String url) {}

  /** An invitee's answer. */
  record ResponseRequest(UUID actor, RecordResponseUseCase.Answer answer) {}

  /** Who came and who did not; each invitee at most once. */
  record AttendanceRequest(List<UUID> present, List<UUID> absent) {}

  /** A contribution: a self-presentation and the challenges an actor sees, sent in writing or given orally. */
  record ContributionRequest(UUID actor, ContributionForm form, String selfPresentation, List<String> challenges,
      List<UUID> mentions) {}

  /** The agenda position of a dialogue round and, optionally, its groups' members; none to split evenly. */
  record GroupsRequest(Integer round, List<List<UUID>> members) {}

  /** A meeting as the API shows it: its plan, status, counts, invitations and outcomes ({@code followUp} null for none). */
  record MeetingView(
      UUID id,
      UUID circle,
      MeetingStatus status,
      int revision,
      MeetingRequest plan,
      Counts counts,
      List<InvitationView> invitations,
      List<ContributionView> contributions,
      List<GroupView> groups,
      List<OutcomeApi.ChallengeView> challenges,
      List<Decision> decisions,
      List<ActionItem> actionItems,
      Optional<FollowUp> followUp) {

    static MeetingView of(Meeting meeting) {
      return new MeetingView(meeting.id().value(), meeting.circle().value(), meeting.status(), meeting.revision(),
          MeetingRequest.of(meeting.plan()), Counts.of(meeting.invitations()),
          meeting.invitations().stream().map(InvitationView::of).toList(),
          meeting.contributions().stream().map(ContributionView::of).toList(),
          meeting.groups().stream().map(GroupView::of).toList(),
          meeting.challenges().stream().map(OutcomeApi.ChallengeView::of).toList(),
          meeting.decisions(), meeting.actionItems(), meeting.followUp());
    }
  }

  /** How many were invited, answered each way, and came. */
  record Counts(int invited, int accepted, int declined, int pending, int present, int absent) {
    static Counts of(List<Invitation> invitations) {
      return new Counts(invitations.size(),
          count(invitations, invitation -> invitation.response() instanceof Response.Accepted),
          count(invitations, invitation -> invitation.response() instanceof Response.Declined),
          count(invitations, invitation -> invitation.response() instanceof Response.Pending),
          count(invitations, invitation -> invitation.attendance() == Attendance.PRESENT),
          count(invitations, invitation -> invitation.attendance() == Attendance.ABSENT));
    }

    private static int count(List<Invitation> invitations, java.util.function.Predicate<Invitation> test) {
      return (int) invitations.stream().filter(test).count();
    }
  }

  /** One invitation: the actor, its answer ({@code pending}, {@code accepted}, {@code declined}) and attendance. */
  record InvitationView(UUID actor, String response, Attendance attendance) {
    static InvitationView of(Invitation invitation) {
      return new InvitationView(invitation.actor().value(), answer(invitation.response()), invitation.attendance());
    }

    static String answer(Response response) {
      if (response instanceof Response.Accepted) {
        return "accepted";
      }
      return response instanceof Response.Declined ? "declined" : "pending";
    }
  }

  /** A contribution as the API shows it. */
  record ContributionView(UUID actor, ContributionForm form, String selfPresentation, List<String> challenges) {
    static ContributionView of(Contribution contribution) {
      return new ContributionView(contribution.actor().value(), contribution.form(), contribution.selfPresentation(),
          contribution.challenges());
    }
  }

  /** A dialogue group: the round's agenda position, its number from 1 and its members. */
  record GroupView(int round, int number, List<UUID> members) {
    static GroupView of(DialogueGroup group) {
      return new GroupView(group.round(), group.number(), group.members().stream().map(ActorId::value).toList());
    }
  }
}
