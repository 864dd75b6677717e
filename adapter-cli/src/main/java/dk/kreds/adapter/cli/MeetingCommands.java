package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.Membership;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.writeup.WriteUp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code kreds meeting}: a meeting from its plan to its published write-up. */
@Command(
    name = "meeting",
    mixinStandardHelpOptions = true,
    description = {
      "Run a meeting: plan, invite, record answers, attendance, contributions and outcomes, write it up and publish.",
      "A meeting is named by its id, the start of its id, its title or its day (2014-11-25)."
    },
    footer = {"%nExamples:%n  kreds meeting plan \"Den socialøkonomiske kreds\" --title Stormøde --start \"2014-11-25 13:00\" "
        + "--end 16:00 --venue Kooperationen --city København --round presentation --round dialogue:3 --round closing"
        + "%n  kreds meeting invite 2014-11-25 --members%n  kreds meeting show Stormøde"})
final class MeetingCommands {

  /**
   * The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand).
   * {@code meeting groups} (forming the dialogue groups) is MeetingGroupsCommand, added here after
   * {@code Contribute} by the wiring.
   */
  static final List<Class<?>> VERBS = List.of(
      Plan.class, ListMeetings.class, Show.class, Invite.class, Respond.class, Attend.class, Contribute.class,
      MeetingGroupsCommand.class,
      RecordChallenge.class, Decide.class, Action.class, ActionDone.class, ScheduleFollowUp.class,
      WriteUpCommand.class, Revise.class, Publish.class, Cancel.class, MeetingExportCommand.class, MeetingIcalCommand.class);

  /** Reads an agenda item: presentation, dialogue:GROUPS[:TOPIC], closing, or any other title. */
  static final class RoundConverter implements ITypeConverter<Round> {
    @Override
    public Round convert(String value) {
      String[] parts = value.strip().split(":", 3);
      switch (parts[0].toLowerCase(Locale.ROOT)) {
        case "presentation":
          return new Round.Presentation();
        case "closing":
          return new Round.Closing();
        case "dialogue":
          try {
            return new Round.Dialogue(Integer.parseInt(parts[1].strip()), Optional.ofNullable(parts.length > 2 ? parts[2] : null));
          } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new TypeConversionException("'" + value + "': a dialogue round is dialogue:GROUPS or dialogue:GROUPS:TOPIC");
          }
        default:
          return new Round.Other(value);
      }
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {
        "Plan a meeting of a circle; no one is invited yet. Times are in Europe/Copenhagen.",
        "Without --convener, the circle's conveners convene it."
      },
      footer = {"%nExample:%n  kreds meeting plan \"Den socialøkonomiske kreds\" --title \"Stormøde 2014\" "
          + "--start 2014-11-25T13:00 --end 16:00 --venue Kooperationen --city København "
          + "--purpose \"Overblik over feltet\" --round presentation --round \"dialogue:3:Feltets udfordringer\" "
          + "--round closing --write-up-due 2014-12-15"})
  static final class Plan extends Addressed.OnCircle {
    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The meeting's title, 1–200 characters.")
    String title;

    @Option(names = "--start", required = true, paramLabel = "DATE TIME", description = "When it starts: 2014-11-25T13:00.")
    String start;

    @Option(names = "--end", required = true, paramLabel = "TIME", description = "When it ends: 16:00, or a day and time.")
    String end;

    @Option(names = "--venue", required = true, paramLabel = "NAME", description = "Where it is held.")
    String venue;

    @Option(names = "--city", paramLabel = "NAME", description = "The venue's city.")
    String city;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "Why the conveners call it.")
    String purpose;

    @Option(names = "--convener", paramLabel = "ACTOR", description = "An actor that calls it; repeat for more.")
    List<String> conveners = List.of();

    @Option(names = "--round", paramLabel = "ITEM", converter = RoundConverter.class,
        description = "An agenda item, in order: presentation, dialogue:GROUPS[:TOPIC], closing, or any title.")
    List<Round> agenda = List.of();

    @Option(names = "--write-up-due", paramLabel = "DATE", converter = Inputs.DateConverter.class,
        description = "The day the write-up is promised by.")
    LocalDate writeUpDue;

    Plan(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      CircleId circleId = lookup.circle(circle);
      List<ActorId> convenedBy = conveners.isEmpty()
          ? use().showCircle().show(new ShowCircleUseCase.Command(circleId)).conveners()
          : lookup.actors(conveners);
      ZonedDateTime from = Inputs.dateTime("--start", start);
      MeetingPlan plan = new MeetingPlan(title, new MeetingTime(from, Inputs.end(from, end)),
          new Venue(venue, Inputs.optional(city)), Inputs.optional(purpose), convenedBy, agenda,
          Optional.ofNullable(writeUpDue));
      MeetingId id = use().planMeeting().plan(new PlanMeetingUseCase.Command(circleId, plan));
      done("cli.meeting.planned", plan.title(), messages().date(from.toLocalDate()), id);
    }
  }

  /** One meeting in a list, for scripts. */
  record MeetingRow(UUID id, LocalDate date, String start, String title, UUID circle, String status, int invited,
      int present) {
    static MeetingRow of(Meeting m) {
      return new MeetingRow(m.id().value(), m.time().date(), m.time().start().toLocalTime().toString(), m.title(),
          m.circle().value(), Inputs.code(m.status()), m.invitations().size(), m.presentActors().size());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the meetings, earliest first.",
      footer = {"%nExamples:%n  kreds meeting list%n  kreds meeting list --circle \"Den socialøkonomiske kreds\" --csv"})
  static final class ListMeetings extends CliCommand {
    @Option(names = "--circle", paramLabel = "CIRCLE", description = "Only this circle's meetings.")
    String circle;

    @Mixin
    Formats.ListFormat format;

    ListMeetings(Context context) {
      super(context);
    }

    @Override
    void run() {
      Optional<CircleId> circleId = Optional.ofNullable(circle).map(lookup()::circle);
      List<Meeting> meetings = use().listMeetings().list(new ListMeetingsUseCase.Command(circleId));
      list(format, MeetingRow.class, meetings.stream().map(MeetingRow::of).toList(), () -> {
        TextTable table = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.date"),
            messages().text("cli.col.title"), messages().text("cli.col.status"), messages().text("cli.col.invited"),
            messages().text("cli.col.present")));
        meetings.forEach(m -> table.row(Ids.shorten(m.id()), messages().date(m.time().date()), m.title(),
            messages().status(m.status()), m.invitations().size(), m.presentActors().size()));
        return table;
      });
    }
  }

  /**
   * A meeting with the names it shows, read once for a command that shows it: the names of the actors
   * it names (columns, no documents), and the whole actor only for those that own an action item, whose
   * contact persons are named.
   */
  record Loaded(Meeting meeting, Map<ActorId, String> names, Map<ActorId, Actor> owners) {

    static Loaded of(CliCommand command, String query) {
      UseCases use = command.use();
      Meeting meeting = use.showMeeting().show(new ShowMeetingUseCase.Command(command.lookup().meeting(query)));
      Map<ActorId, String> names = use.listActors().names(named(meeting));
      Set<ActorId> owning = new HashSet<>();
      meeting.actionItems().forEach(item -> item.owner().map(ContactRef::actor).filter(names::containsKey).ifPresent(owning::add));
      Map<ActorId, Actor> owners = new HashMap<>();
      if (!owning.isEmpty()) {
        use.listActors().actors(owning).forEach(actor -> owners.put(actor.id(), actor));
      }
      return new Loaded(meeting, names, owners);
    }

    /** The actors whose names the meeting shows: conveners, invitees, contributors, groups, owners. */
    private static Set<ActorId> named(Meeting meeting) {
      Set<ActorId> named = new HashSet<>(meeting.plan().conveners());
      meeting.invitations().forEach(invitation -> named.add(invitation.actor()));
      meeting.contributions().forEach(contribution -> named.add(contribution.actor()));
      meeting.groups().forEach(group -> named.addAll(group.members()));
      meeting.actionItems().forEach(item -> item.owner().ifPresent(owner -> named.add(owner.actor())));
      return named;
    }

    String name(ActorId actor) {
      return names.getOrDefault(actor, actor.toString());
    }

    String person(Optional<ContactRef> ref) {
      return ref.flatMap(r -> Optional.ofNullable(owners.get(r.actor())).flatMap(a -> a.findContact(r.contact())))
          .map(ContactPerson::name).orElse(null);
    }
  }

  /** An invitation, for scripts. */
  record InvitationView(UUID actor, String name, String response, String attendance, String contribution) {}

  /** A dialogue group, for scripts; {@code round} is the agenda item's number from 1. */
  record GroupView(int round, int number, List<String> members, String notes, List<String> challenges) {}

  /** A challenge and where it was raised, for scripts. */
  record ChallengeView(String text, String source) {}

  /** A decision, for scripts. */
  record DecisionView(String text, String kind) {}

  /** An action item, for scripts. */
  record ActionView(UUID id, String description, String owner, LocalDate due, LocalDate done) {}

  /** The follow-up, for scripts. */
  record FollowUpView(UUID meeting, LocalDate date, List<String> carriedOver, List<String> suggested) {}

  /** A meeting with everything recorded at it, for scripts. */
  record MeetingView(UUID id, UUID circle, String title, String start, String end, String venue, String city,
      String purpose, List<String> conveners, List<String> agenda, String status, int revision, LocalDate writeUpDue,
      LocalDate publishedOn, List<InvitationView> invitations, List<GroupView> groups, List<ChallengeView> challenges,
      List<DecisionView> decisions, List<ActionView> actionItems, FollowUpView followUp) {}

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a meeting: plan, status, invitations with answers and attendance, groups and outcomes.",
      footer = {"%nExamples:%n  kreds meeting show Stormøde%n  kreds meeting show 2014-11-25 --json | jq '.invitations | length'"})
  static final class Show extends Addressed.OnMeeting {
    @Mixin
    Formats.ShowFormat format;

    Show(Context context) {
      super(context);
    }

    @Override
    void run() {
      Loaded loaded = Loaded.of(this, meeting);
      Meeting m = loaded.meeting();
      MeetingPlan plan = m.plan();
      List<InvitationView> invitations = m.invitations().stream()
          .map(i -> new InvitationView(i.actor().value(), loaded.name(i.actor()), response(i.response()),
              Inputs.code(i.attendance()), m.contribution(i.actor()).map(c -> Inputs.code(c.form())).orElse(null)))
          .toList();
      List<ChallengeView> challenges = m.challenges().stream()
          .map(c -> new ChallengeView(c.text(), source(c.source(), loaded))).toList();
      List<ActionView> actions = m.actionItems().stream()
          .map(a -> new ActionView(a.id().value(), a.description(), loaded.person(a.owner()), a.due(), a.done().orElse(null)))
          .toList();
      MeetingView view = new MeetingView(m.id().value(), m.circle().value(), m.title(),
          m.time().start().toOffsetDateTime().toString(), m.time().end().toOffsetDateTime().toString(), plan.venue().name(),
          plan.venue().city().orElse(null), plan.purpose().orElse(null),
          plan.conveners().stream().map(loaded::name).toList(), plan.agenda().stream().map(messages()::round).toList(),
          Inputs.code(m.status()), m.revision(), plan.writeUpDue().orElse(null), m.publishedOn().orElse(null), invitations,
          m.groups().stream().map(g -> new GroupView(g.round() + 1, g.number(), g.members().stream().map(loaded::name).toList(),
              g.notes().orElse(null), g.challenges())).toList(),
          challenges, m.decisions().stream().map(d -> new DecisionView(d.text(), Inputs.code(d.kind()))).toList(), actions,
          m.followUp().map(f -> new FollowUpView(f.next().value(), f.date(), f.carriedOver().stream().map(loaded::name).toList(),
              f.suggested().stream().map(loaded::name).toList())).orElse(null));
      show(format, view, () -> print(view, m));
    }

    private void print(MeetingView view, Meeting m) {
      DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
      Details details = new Details(messages());
      details.line("cli.col.title", view.title());
      details.line("cli.col.id", view.id());
      details.line("cli.col.date", messages().date(m.time().date()) + ", " + hours.format(m.time().start()) + "–"
          + hours.format(m.time().end()));
      details.line("cli.col.venue", view.venue() + (view.city() == null ? "" : ", " + view.city()));
      details.line("cli.col.status", messages().status(m.status())
          + (m.revision() > 0 ? " (" + messages().text("writeup.revision", m.revision()) + ")" : ""));
      details.line("cli.col.conveners", messages().join(view.conveners()));
      details.line("cli.col.purpose", view.purpose());
      details.line("cli.col.write-up-due", m.plan().writeUpDue().map(messages()::date));
      details.line("cli.col.published", m.publishedOn().map(messages()::date));
      details.line("cli.col.follow-up", m.followUp().map(f -> messages().date(f.date()) + " (" + Ids.shorten(f.next()) + ")"));
      details.print(out());
      section("cli.heading.agenda");
      IntStream.range(0, view.agenda().size()).forEach(i -> out().println((i + 1) + ". " + view.agenda().get(i)));
      section("cli.heading.invitations");
      TextTable invited = new TextTable(List.of(messages().text("cli.col.actor"), messages().text("cli.col.response"),
          messages().text("cli.col.attendance"), messages().text("cli.col.contribution")));
      for (InvitationView v : view.invitations()) {
        invited.row(v.name(), messages().text("cli.response." + v.response()),
            messages().text("cli.attendance." + v.attendance()),
            v.contribution() == null ? "" : messages().text("cli.contribution." + v.contribution()));
      }
      invited.print(out());
      if (!view.groups().isEmpty()) {
        section("cli.heading.groups");
        view.groups().forEach(g -> out().println(messages().text("writeup.group", g.number()) + ": " + String.join(", ", g.members())));
      }
      if (!view.challenges().isEmpty()) {
        section("cli.heading.challenges");
        view.challenges().forEach(c -> out().println("- " + c.text() + " (" + c.source() + ")"));
      }
      if (!view.decisions().isEmpty()) {
        section("cli.heading.decisions");
        m.decisions().forEach(d -> out().println("- " + d.text() + " (" + messages().decisionKind(d.kind()) + ")"));
      }
      if (!view.actionItems().isEmpty()) {
        section("cli.heading.actions");
        TextTable actions = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.description"),
            messages().text("cli.col.owner"), messages().text("cli.col.due"), messages().text("cli.col.done")));
        view.actionItems().forEach(a -> actions.row(Ids.shorten(a.id()), a.description(), a.owner(),
            messages().date(a.due()), a.done() == null ? "" : messages().date(a.done())));
        actions.print(out());
      }
    }

    private void section(String key) {
      out().println();
      out().println(messages().text(key));
    }

    private static String response(Response response) {
      if (response instanceof Response.Accepted) {
        return "accepted";
      }
      return response instanceof Response.Declined ? "declined" : "pending";
    }

    private String source(ChallengeSource source, Loaded loaded) {
      if (source instanceof ChallengeSource.InContribution contribution) {
        return loaded.name(contribution.actor());
      }
      if (source instanceof ChallengeSource.InGroup group) {
        return messages().text("writeup.group", group.group());
      }
      return messages().text("cli.plenary");
    }
  }

  @Command(name = "invite", mixinStandardHelpOptions = true,
      description = {
        "Invite actors, each represented by its contact persons. All are invited, or none.",
        "--members invites every member of the meeting's circle that is not invited yet and not archived."
      },
      footer = {"%nExamples:%n  kreds meeting invite Stormøde KBH+ CABI%n  kreds meeting invite 2014-11-25 --members"})
  static final class Invite extends Addressed.OnMeeting {
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ACTOR", description = Addressed.ACTOR_HELP)
    List<String> actors = List.of();

    @Option(names = "--members", description = "Invite the circle's members too.")
    boolean members;

    Invite(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      Meeting m = use().showMeeting().show(new ShowMeetingUseCase.Command(lookup.meeting(meeting)));
      List<ActorId> invitees = new ArrayList<>(lookup.actors(actors));
      if (members) {
        Map<ActorId, Actor> all = Actors.byId(use());
        Circle circle = use().showCircle().show(new ShowCircleUseCase.Command(m.circle()));
        circle.members().stream().map(Membership::actor)
            .filter(a -> !m.isInvited(a) && !invitees.contains(a) && !all.get(a).archived())
            .forEach(invitees::add);
      }
      if (invitees.isEmpty()) {
        throw new BadInputException("cli.invite.nobody");
      }
      use().inviteActors().invite(new InviteActorsUseCase.Command(m.id(), invitees));
      done("cli.meeting.invited", invitees.size());
    }
  }

  @Command(name = "respond", mixinStandardHelpOptions = true,
      description = "Record an invitee's answer: accept (tilmelding) or decline (afbud); a later answer replaces it.",
      footer = {"%nExamples:%n  kreds meeting respond Stormøde KBH+ accept%n  kreds meeting respond Stormøde CABI decline"})
  static final class Respond extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "ACTOR", description = Addressed.ACTOR_HELP)
    String actor;

    @Parameters(index = "2", paramLabel = "accept|decline", description = "The answer.")
    RecordResponseUseCase.Answer answer;

    Respond(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      ActorId id = lookup.actor(actor);
      use().recordResponse().record(new RecordResponseUseCase.Command(lookup.meeting(meeting), id, answer));
      done("cli.meeting.responded." + Inputs.code(answer), actor);
    }
  }

  @Command(name = "attend", mixinStandardHelpOptions = true,
      description = {
        "Record who came (fremmøde); the first record marks the meeting held. All are recorded, or none.",
        "--others gives every invitee not named and not yet recorded the same attendance."
      },
      footer = {"%nExamples:%n  kreds meeting attend Stormøde --present Kooperationen KBH+ --others absent"
          + "%n  kreds meeting attend Stormøde --absent CABI"})
  static final class Attend extends Addressed.OnMeeting {
    @Option(names = "--present", arity = "1..*", paramLabel = "ACTOR", description = "Actors that came.")
    List<String> present = List.of();

    @Option(names = "--absent", arity = "1..*", paramLabel = "ACTOR", description = "Actors that did not come.")
    List<String> absent = List.of();

    @Option(names = "--others", paramLabel = "present|absent", description = "What the invitees not named get.")
    Attendance others;

    Attend(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      Meeting m = use().showMeeting().show(new ShowMeetingUseCase.Command(lookup.meeting(meeting)));
      Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
      lookup.actors(present).forEach(a -> attendance.put(a, Attendance.PRESENT));
      lookup.actors(absent).forEach(a -> attendance.put(a, Attendance.ABSENT));
      if (others != null) {
        m.invitations().stream()
            .filter(i -> i.attendance() == Attendance.UNRECORDED && !attendance.containsKey(i.actor()))
            .forEach(i -> attendance.put(i.actor(), others));
      }
      if (attendance.isEmpty()) {
        throw new BadInputException("cli.attend.nobody");
      }
      use().recordAttendance().record(new RecordAttendanceUseCase.Command(m.id(), attendance));
      long came = attendance.values().stream().filter(a -> a == Attendance.PRESENT).count();
      done("cli.meeting.attendance", came, attendance.size() - came);
    }
  }

  @Command(name = "contribute", mixinStandardHelpOptions = true,
      description = {
        "Record an actor's contribution: how it presents itself and the challenges it sees.",
        "A written one (skriftligt bidrag) is taken once the invitations are out; an oral one once the meeting is held."
      },
      footer = {"%nExample:%n  kreds meeting contribute Stormøde \"Reach for Change\" --form written "
          + "--presentation \"Vi støtter sociale iværksættere.\" --challenge \"Tidlig kapital mangler.\""})
  static final class Contribute extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "ACTOR", description = Addressed.ACTOR_HELP)
    String actor;

    @Option(names = "--form", paramLabel = "written|oral", defaultValue = "written",
        description = "Sent in writing or given in the room (default: ${DEFAULT-VALUE}).")
    ContributionForm form;

    @Option(names = "--presentation", paramLabel = "TEXT", defaultValue = "", description = "How the actor presents itself.")
    String presentation;

    @Option(names = "--challenge", paramLabel = "TEXT", description = "A challenge it sees; repeat for more.")
    List<String> challenges = List.of();

    @Option(names = "--mention", paramLabel = "ACTOR", description = "Another actor it names; repeat for more.")
    List<String> mentions = List.of();

    Contribute(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      use().recordContribution().record(new RecordContributionUseCase.Command(lookup.meeting(meeting), lookup.actor(actor),
          form, presentation, challenges, lookup.actors(mentions)));
      done("cli.meeting.contribution", actor);
    }
  }

  @Command(name = "challenge", mixinStandardHelpOptions = true,
      description = {
        "Record a challenge (udfordring) where it was raised.",
        "In an actor's contribution (--actor), in a dialogue group (--group, in the first dialogue round unless",
        "--round names another), or in plenary (the default)."
      },
      footer = {"%nExamples:%n  kreds meeting challenge Stormøde \"Feltet mangler overblik.\" --group 1"
          + "%n  kreds meeting challenge Stormøde \"Kapital er svær at få.\" --actor \"Reach for Change\""
          + "%n  kreds meeting challenge Stormøde \"Loven skal gøres kendt.\""})
  static final class RecordChallenge extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "TEXT", description = "The challenge, 1–2,000 characters.")
    String text;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Raised in this actor's contribution.")
    String actor;

    @Option(names = "--group", paramLabel = "N", description = "Raised in dialogue group N.")
    Integer group;

    @Option(names = "--round", paramLabel = "ITEM", description = "The dialogue round's number in the agenda, from 1.")
    Integer round;

    RecordChallenge(Context context) {
      super(context);
    }

    @Override
    void run() {
      if (actor != null && group != null) {
        throw new BadInputException("cli.challenge.actor-or-group");
      }
      Lookup lookup = lookup();
      MeetingId id = lookup.meeting(meeting);
      ChallengeSource source;
      if (actor != null) {
        source = new ChallengeSource.InContribution(lookup.actor(actor));
      } else if (group != null) {
        source = new ChallengeSource.InGroup(round == null ? firstDialogueRound(id) : round - 1, group);
      } else {
        source = new ChallengeSource.InPlenary();
      }
      use().recordChallenge().record(new RecordChallengeUseCase.Command(id, new Challenge(text, source)));
      done("cli.meeting.challenge");
    }

    private int firstDialogueRound(MeetingId id) {
      List<Round> agenda = use().showMeeting().show(new ShowMeetingUseCase.Command(id)).plan().agenda();
      return IntStream.range(0, agenda.size()).filter(i -> agenda.get(i) instanceof Round.Dialogue).findFirst()
          .orElseThrow(() -> new BadInputException("cli.challenge.no-dialogue"));
    }
  }

  @Command(name = "decide", mixinStandardHelpOptions = true, description = "Record a decision of the meeting.",
      footer = {"%nExample:%n  kreds meeting decide Stormøde \"Kredsen mødes hvert halve år.\" --kind consensus"})
  static final class Decide extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "TEXT", description = "What was decided, 1–2,000 characters.")
    String text;

    @Option(names = "--kind", paramLabel = "consensus|majority|noted", defaultValue = "consensus",
        description = "How it was decided (default: ${DEFAULT-VALUE}).")
    DecisionKind kind;

    Decide(Context context) {
      super(context);
    }

    @Override
    void run() {
      use().recordDecision().record(new RecordDecisionUseCase.Command(lookup().meeting(meeting), new Decision(text, kind)));
      done("cli.meeting.decision");
    }
  }

  @Command(name = "action", mixinStandardHelpOptions = true,
      description = "Add an action item with an owner and a due date.",
      footer = {"%nExample:%n  kreds meeting action Stormøde \"Sammenskrivningen lægges på siden\" --owner \"Per Bach\" --due 2014-12-15"})
  static final class Action extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "TEXT", description = "What is to be done, 1–2,000 characters.")
    String description;

    @Option(names = "--owner", paramLabel = "PERSON", description = Addressed.PERSON_HELP)
    String owner;

    @Option(names = "--due", required = true, paramLabel = "DATE", converter = Inputs.DateConverter.class,
        description = "The day it is to be done by.")
    LocalDate due;

    Action(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      ActionItemId id = use().addActionItem().add(new AddActionItemUseCase.Command(lookup.meeting(meeting), description,
          Optional.ofNullable(owner).map(lookup::person), due));
      done("cli.meeting.action", id);
    }
  }

  @Command(name = "action-done", mixinStandardHelpOptions = true, description = "Mark an action item done today.",
      footer = {"%nExample:%n  kreds meeting action-done Stormøde Sammenskrivningen"})
  static final class ActionDone extends Addressed.OnMeeting {
    @Parameters(index = "1", paramLabel = "ITEM", description = "The action item: its id, the start of it, or its description.")
    String item;

    ActionDone(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      Meeting m = use().showMeeting().show(new ShowMeetingUseCase.Command(lookup.meeting(meeting)));
      ActionItemId id = lookup.actionItem(m, item);
      use().completeActionItem().complete(new CompleteActionItemUseCase.Command(m.id(), id));
      done("cli.meeting.action-done", m.actionItem(id).description());
    }
  }

  @Command(name = "follow-up", mixinStandardHelpOptions = true,
      description = {
        "Plan the circle's next meeting (opfølgning) from this one.",
        "Same venue, hours, conveners and agenda, on --date or after the circle's cadence; the members are",
        "invited again, and actors named in contributions are suggested to supplement the circle."
      },
      footer = {"%nExamples:%n  kreds meeting follow-up Stormøde%n  kreds meeting follow-up Stormøde --date 2015-05-26"})
  static final class ScheduleFollowUp extends Addressed.OnMeeting {
    @Option(names = "--date", paramLabel = "DATE", converter = Inputs.DateConverter.class,
        description = "The day of the next meeting (default: after the circle's cadence).")
    LocalDate date;

    ScheduleFollowUp(Context context) {
      super(context);
    }

    @Override
    void run() {
      FollowUp next = use().scheduleFollowUp().schedule(new ScheduleFollowUpUseCase.Command(lookup().meeting(meeting),
          Optional.ofNullable(date)));
      Map<ActorId, Actor> actors = Actors.byId(use());
      done("cli.meeting.follow-up", messages().date(next.date()), next.next(), next.carriedOver().size());
      if (!next.suggested().isEmpty()) {
        done("cli.meeting.suggested", messages().join(next.suggested().stream().map(a -> actors.get(a).name()).toList()));
      }
    }
  }

  @Command(name = "writeup", mixinStandardHelpOptions = true,
      description = {
        "Write up a held meeting (sammenskrivning) and print the write-up as Markdown (or --json).",
        "The first time marks the meeting written up; after that it only prints."
      },
      footer = {"%nExamples:%n  kreds meeting writeup Stormøde > sammenskrivning.md%n  kreds meeting writeup Stormøde --lang en --json"})
  static final class WriteUpCommand extends Addressed.OnMeeting {
    @Mixin
    Formats.ShowFormat format;

    WriteUpCommand(Context context) {
      super(context);
    }

    @Override
    void run() {
      WriteUp writeUp = use().produceWriteUp().produce(new ProduceWriteUpUseCase.Command(lookup().meeting(meeting)));
      out().print(format.json ? WriteUpJson.render(writeUp, messages(), List.of())
          : WriteUpMarkdown.render(writeUp, messages(), List.of()));
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "Publish the write-up, dated today; its outcomes then stay as published until `meeting revise`.",
      footer = {"%nExample:%n  kreds meeting publish Stormøde"})
  static final class Publish extends Addressed.OnMeeting {
    Publish(Context context) {
      super(context);
    }

    @Override
    void run() {
      WriteUp published = use().publishWriteUp().publish(new PublishWriteUpUseCase.Command(lookup().meeting(meeting)));
      done("cli.meeting.published", published.title(), published.publishedOn().map(messages()::date).orElse(""));
    }
  }

  @Command(name = "revise", mixinStandardHelpOptions = true,
      description = "Open a new revision of a published write-up, so its outcomes can be changed and published again.",
      footer = {"%nExample:%n  kreds meeting revise Stormøde"})
  static final class Revise extends Addressed.OnMeeting {
    Revise(Context context) {
      super(context);
    }

    @Override
    void run() {
      MeetingId id = lookup().meeting(meeting);
      use().reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(id));
      done("cli.meeting.revised", use().showMeeting().show(new ShowMeetingUseCase.Command(id)).revision());
    }
  }

  @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a meeting that has not been held.",
      footer = {"%nExample:%n  kreds meeting cancel 2015-05-25"})
  static final class Cancel extends Addressed.OnMeeting {
    Cancel(Context context) {
      super(context);
    }

    @Override
    void run() {
      MeetingId id = lookup().meeting(meeting);
      use().cancelMeeting().cancel(new CancelMeetingUseCase.Command(id));
      done("cli.meeting.cancelled", use().showMeeting().show(new ShowMeetingUseCase.Command(id)).title());
    }
  }
}
