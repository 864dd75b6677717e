package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.ActionRow;
import dk.kreds.adapter.web.Views.ContributionRow;
import dk.kreds.adapter.web.Views.InvitationRow;
import dk.kreds.adapter.web.Views.Link;
import dk.kreds.adapter.web.Views.MeetingPage;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.adapter.web.Views.Outcomes;
import dk.kreds.adapter.web.Views.Steps;
import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The meeting page and its forms: invitations, RSVP links, attendance, the dialogue groups (mixed over
 * several rounds, a person moved, the table list), challenges, decisions, action items, the follow-up.
 */
final class MeetingPages {

  private static final Set<MeetingStatus> OUTCOMES_OPEN = EnumSet.of(MeetingStatus.HELD, MeetingStatus.WRITTEN_UP);

  private final UseCases useCases;
  private final PageKit kit;
  private final URI baseUrl;
  private final GroupPages groupPages;
  private final WriteUpPages writeUpPages;

  MeetingPages(UseCases useCases, PageKit kit, URI baseUrl) {
    this.useCases = useCases;
    this.kit = kit;
    this.baseUrl = baseUrl;
    this.groupPages = new GroupPages(useCases);
    this.writeUpPages = new WriteUpPages(useCases, kit);
  }

  void register(RoutesConfig routes) {
    routes.get("/meetings/{meeting}", this::meeting);
    routes.post("/meetings/{meeting}/invite", this::invite);
    routes.post("/meetings/{meeting}/links", this::links);
    routes.post("/meetings/{meeting}/attendance", this::attendance);
    routes.post("/meetings/{meeting}/contributions", ctx -> change(ctx, id -> useCases.recordContribution().record(
        new RecordContributionUseCase.Command(id, new ActorId(Forms.uuid(Forms.required(ctx, "actor"), "actor")),
            Forms.parse(Forms.required(ctx, "form"), "form", ContributionForm::valueOf),
            Forms.optional(ctx, "selfPresentation").orElse(""),
            Forms.optional(ctx, "challenges").map(text -> text.lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList()).orElse(List.of()),
            List.of()))));
    routes.post("/meetings/{meeting}/cancel", ctx -> change(ctx, id ->
        useCases.cancelMeeting().cancel(new CancelMeetingUseCase.Command(id))));
    routes.post("/meetings/{meeting}/challenges", ctx -> change(ctx, id -> useCases.recordChallenge().record(
        new RecordChallengeUseCase.Command(id, new Challenge(Forms.required(ctx, "text"), source(ctx))))));
    routes.post("/meetings/{meeting}/decisions", ctx -> change(ctx, id -> useCases.recordDecision().record(
        new RecordDecisionUseCase.Command(id, new Decision(Forms.required(ctx, "text"),
            Forms.parse(Forms.required(ctx, "kind"), "kind", DecisionKind::valueOf))))));
    routes.post("/meetings/{meeting}/actions", ctx -> change(ctx, id -> useCases.addActionItem().add(
        new AddActionItemUseCase.Command(id, Forms.required(ctx, "description"),
            Forms.optional(ctx, "owner", Forms::person),
            Forms.parse(Forms.required(ctx, "due"), "due", LocalDate::parse)))));
    routes.post("/meetings/{meeting}/actions/{item}/complete", ctx -> change(ctx, id ->
        useCases.completeActionItem().complete(new CompleteActionItemUseCase.Command(id, Routes.item(ctx)))));
    routes.post("/meetings/{meeting}/follow-up", ctx -> change(ctx, id -> useCases.scheduleFollowUp().schedule(
        new ScheduleFollowUpUseCase.Command(id, Forms.optional(ctx, "date", LocalDate::parse)))));
    groupPages.register(routes);
    writeUpPages.register(routes);
  }

  // --- the page ------------------------------------------------------------------------------------

  private void meeting(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Meeting meeting = show(ctx);
    // Only the invited are read whole (their names, and their contact persons as owners of action
    // items); the rest of the field only as listed, in Danish order, to invite: it may hold 100,000.
    Set<ActorId> invited = meeting.invitations().stream().map(Invitation::actor).collect(Collectors.toSet());
    List<ActorListing> field = useCases.listActors().listings(new ListActorsUseCase.Command(true));
    Map<ActorId, Actor> read = useCases.listActors().actors(invited).stream()
        .collect(Collectors.toMap(Actor::id, Function.identity()));
    List<Actor> invitedActors = field.stream().map(listing -> read.get(listing.id())).filter(Objects::nonNull).toList();
    Map<ActorId, String> names = new HashMap<>();
    Map<ActorId, Integer> danishOrder = new HashMap<>(); // the field's place: no collation per comparison
    field.forEach(listing -> {
      names.put(listing.id(), listing.name());
      danishOrder.put(listing.id(), danishOrder.size());
    });
    Comparator<Invitation> byName = Comparator.comparing(invitation -> danishOrder.getOrDefault(invitation.actor(), -1));
    MeetingApi.Counts counts = MeetingApi.Counts.of(meeting.invitations());
    List<InvitationRow> invitations = meeting.invitations().stream()
        .sorted(byName)
        .map(invitation -> new InvitationRow(invitation.actor().value().toString(), names.get(invitation.actor()),
            messages.text("page.answer." + MeetingApi.InvitationView.answer(invitation.response())),
            messages.text("page.attendance." + invitation.attendance().name()),
            invitation.attendance() == Attendance.PRESENT))
        .toList();
    List<String> notAnswered = meeting.invitations().stream()
        .filter(invitation -> invitation.response() instanceof Response.Pending)
        .sorted(byName).map(invitation -> names.get(invitation.actor())).toList();
    List<Option> invitable = field.stream().filter(actor -> !actor.archived() && !invited.contains(actor.id()))
        .map(actor -> new Option(actor.id().value().toString(), actor.name())).toList();
    List<ContributionRow> contributions = meeting.contributions().stream()
        .map(c -> new ContributionRow(names.get(c.actor()), messages.text("page.form." + c.form().name()),
            c.selfPresentation(), c.challenges()))
        .toList();
    MeetingStatus status = meeting.status();
    boolean beforeTheDay = EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.INVITATIONS_OUT).contains(status);
    Steps steps = new Steps(
        beforeTheDay,
        EnumSet.of(MeetingStatus.INVITATIONS_OUT, MeetingStatus.HELD).contains(status) && !invitations.isEmpty(),
        (status == MeetingStatus.INVITATIONS_OUT || OUTCOMES_OPEN.contains(status)) && !invitations.isEmpty(),
        OUTCOMES_OPEN.contains(status) && !dialogueRounds(meeting).isEmpty(),
        OUTCOMES_OPEN.contains(status),
        OUTCOMES_OPEN.contains(status) || status == MeetingStatus.PUBLISHED,
        OUTCOMES_OPEN.contains(status) && meeting.followUp().isEmpty(),
        OUTCOMES_OPEN.contains(status),
        status == MeetingStatus.WRITTEN_UP,
        status == MeetingStatus.PUBLISHED,
        beforeTheDay);
    MeetingPage view = new MeetingPage(meeting.id().value().toString(), meeting.title(),
        Pages.when(messages, meeting.time()), Pages.venue(meeting.plan().venue()), messages.status(status),
        messages.text("page.counts", counts.invited(), counts.accepted(), counts.declined(), counts.pending(),
            counts.present()),
        invitations, notAnswered, invitable, contributions, GroupPages.rounds(messages, meeting, names),
        dialogueRounds(meeting).size(), GroupPages.quality(messages, ctx.queryParam("quality")),
        outcomes(messages, meeting, invitedActors, names), steps);
    kit.render(ctx, "meeting", Map.of("page", kit.page(ctx, "page.meeting-title", meeting.title()), "m", view));
  }

  /** The meeting's outcomes; {@code invited}, in Danish order, are the actors whose contact persons may own action items. */
  private static Outcomes outcomes(Messages messages, Meeting meeting, List<Actor> invited, Map<ActorId, String> names) {
    Map<ContactRef, String> contacts = new LinkedHashMap<>();
    invited.forEach(actor -> actor.contacts().forEach(contact ->
        contacts.put(new ContactRef(actor.id(), contact.id()), contact.name() + " (" + actor.name() + ")")));
    List<Option> sources = new ArrayList<>();
    sources.add(new Option("plenary", messages.text("page.source.plenary")));
    meeting.groups().forEach(group -> sources.add(new Option("group:" + group.round() + ":" + group.number(),
        messages.text("page.source.group", group.round() + 1, group.number()))));
    meeting.contributions().forEach(c -> sources.add(new Option("actor:" + c.actor().value(), names.get(c.actor()))));
    return new Outcomes(
        meeting.challenges().stream().map(challenge -> new Option(challenge.text(),
            source(messages, challenge.source(), names))).toList(),
        meeting.decisions().stream().map(decision -> new Option(decision.text(),
            messages.decisionKind(decision.kind()))).toList(),
        meeting.actionItems().stream().map(item -> new ActionRow(item.id().value().toString(), item.description(),
            item.owner().map(contacts::get).orElse(""), messages.date(item.due()),
            item.done().map(messages::date).orElse(""))).toList(),
        meeting.followUp().map(next -> next.next().value().toString()).orElse(""),
        meeting.followUp().map(next -> messages.date(next.date())).orElse(""),
        sources,
        Arrays.stream(DecisionKind.values()).map(kind -> new Option(kind.name(), messages.decisionKind(kind))).toList(),
        contacts.entrySet().stream().map(entry -> new Option(Forms.personValue(entry.getKey()), entry.getValue()))
            .toList());
  }

  private static String source(Messages messages, ChallengeSource source, Map<ActorId, String> names) {
    if (source instanceof ChallengeSource.InGroup group) {
      return messages.text("page.source.group", group.round() + 1, group.group());
    }
    if (source instanceof ChallengeSource.InContribution contribution) {
      return names.getOrDefault(contribution.actor(), "");
    }
    return messages.text("page.source.plenary");
  }

  // --- invitations and the day ---------------------------------------------------------------------

  private void invite(Context ctx) {
    List<ActorId> actors = ctx.formParams("actor").stream().map(id -> new ActorId(Forms.uuid(id, "actor"))).toList();
    if (actors.isEmpty()) {
      throw HttpRefusal.badRequest("form.missing", "actor", "");
    }
    change(ctx, id -> useCases.inviteActors().invite(new InviteActorsUseCase.Command(id, actors)));
  }

  /** New RSVP links for every invitee who has not answered, shown once on the answer page. */
  private void links(Context ctx) {
    Meeting meeting = show(ctx);
    List<ActorId> pending = meeting.invitations().stream()
        .filter(invitation -> invitation.response() instanceof Response.Pending).map(Invitation::actor).toList();
    List<Link> links = new ArrayList<>();
    if (!pending.isEmpty()) {
      Map<ActorId, String> names = useCases.listActors().names(pending);
      useCases.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting.id(), pending))
          .forEach((actor, token) -> links.add(new Link(names.get(actor), RsvpPages.link(baseUrl, token))));
    }
    kit.render(ctx, "links", Map.of("page", kit.page(ctx, "page.links"), "meeting", meeting.id().value().toString(),
        "links", links));
  }

  private void attendance(Context ctx) {
    Set<String> present = Set.copyOf(ctx.formParams("present"));
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    show(ctx).invitations().forEach(invitation -> attendance.put(invitation.actor(),
        present.contains(invitation.actor().value().toString()) ? Attendance.PRESENT : Attendance.ABSENT));
    change(ctx, id -> useCases.recordAttendance().record(new RecordAttendanceUseCase.Command(id, attendance)));
  }

  // --- helpers -------------------------------------------------------------------------------------

  private static ChallengeSource source(Context ctx) {
    String value = Forms.required(ctx, "source");
    String[] parts = value.split(":");
    if (value.equals("plenary")) {
      return new ChallengeSource.InPlenary();
    }
    if (parts.length == 3 && parts[0].equals("group")) {
      return new ChallengeSource.InGroup(Forms.parse(parts[1], "source", Integer::parseInt),
          Forms.parse(parts[2], "source", Integer::parseInt));
    }
    if (parts.length == 2 && parts[0].equals("actor")) {
      return new ChallengeSource.InContribution(new ActorId(Forms.uuid(parts[1], "source")));
    }
    throw HttpRefusal.badRequest("form.value", "source", value);
  }

  private Meeting show(Context ctx) {
    return show(useCases, ctx);
  }

  /** The meeting in the path. */
  static Meeting show(UseCases useCases, Context ctx) {
    return useCases.showMeeting().show(new ShowMeetingUseCase.Command(Routes.meeting(ctx)));
  }

  /** Runs {@code change} on the meeting in the path, then shows the meeting page. */
  static void change(Context ctx, Consumer<MeetingId> change) {
    change(ctx, "", id -> {
      change.accept(id);
      return null;
    });
  }

  /** Runs {@code change} on the meeting in the path, then shows the meeting page (or {@code then} below it). */
  static void change(Context ctx, String then, Function<MeetingId, Object> change) {
    MeetingId id = Routes.meeting(ctx);
    change.apply(id);
    Forms.seeOther(ctx, "/meetings/" + id.value() + then);
  }

  /** The agenda positions of the meeting's dialogue rounds, in order. */
  static List<Integer> dialogueRounds(Meeting meeting) {
    List<Round> agenda = meeting.plan().agenda();
    return IntStream.range(0, agenda.size()).filter(i -> agenda.get(i) instanceof Round.Dialogue).boxed().toList();
  }
}
