package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.actor.Website;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kreds circle}: the standing networks that meet again and again. */
@Command(
    name = "circle",
    mixinStandardHelpOptions = true,
    description = "Create circles (kredse) and keep their members, cadence, working group and discussion channel.",
    footer = {"%nExamples:%n  kreds circle create \"Den socialøkonomiske kreds\" --convener Kooperationen --cadence 6"
        + "%n  kreds circle add \"Den socialøkonomiske kreds\" KBH+ CABI%n  kreds circle show \"Den socialøkonomiske kreds\""})
final class CircleCommands {

  /** The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand). */
  static final List<Class<?>> VERBS = List.of(
      Create.class, ListCircles.class, Show.class, Add.class, Members.class, WorkingGroup.class,
      Channel.class, SetCadence.class);

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a circle; its conveners become its first members, from today.",
      footer = {"%nExample:%n  kreds circle create \"Den socialøkonomiske kreds\" --convener Kooperationen "
          + "--convener \"Sociale Entreprenører i Danmark\" --cadence 6"})
  static final class Create extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The circle's name, 1–200 characters.")
    String name;

    @Option(names = "--convener", required = true, paramLabel = "ACTOR",
        description = "An actor that calls the circle together (indkalder); repeat for more.")
    List<String> conveners;

    @Option(names = "--cadence", paramLabel = "MONTHS", description = "How often it meets, 1–24 months.")
    Integer cadence;

    Create(Context context) {
      super(context);
    }

    @Override
    void run() {
      CircleId id = use().createCircle().create(new CreateCircleUseCase.Command(name, lookup().actors(conveners),
          Optional.ofNullable(cadence).map(Cadence::new)));
      done("cli.circle.created", name.strip(), id);
    }
  }

  /** One circle in a list, for scripts. */
  record CircleRow(UUID id, String name, int members, Integer cadenceMonths, String channel) {
    static CircleRow of(Circle c) {
      return new CircleRow(c.id().value(), c.name(), c.members().size(), c.cadence().map(Cadence::months).orElse(null),
          c.channel().map(DiscussionChannel::name).orElse(null));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the circles by name in Danish order.",
      footer = {"%nExamples:%n  kreds circle list%n  kreds circle list --json | jq -r '.[].id'"})
  static final class ListCircles extends CliCommand {
    @Mixin
    Formats.ListFormat format;

    ListCircles(Context context) {
      super(context);
    }

    @Override
    void run() {
      List<Circle> circles = use().listCircles().list();
      list(format, CircleRow.class, circles.stream().map(CircleRow::of).toList(), () -> {
        TextTable table = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.name"),
            messages().text("cli.col.members"), messages().text("cli.col.cadence"), messages().text("cli.col.channel")));
        circles.forEach(c -> table.row(Ids.shorten(c.id()), c.name(), c.members().size(),
            c.cadence().map(this::cadence).orElse(""), c.channel().map(DiscussionChannel::name).orElse("")));
        return table;
      });
    }

    private String cadence(Cadence cadence) {
      return messages().text("cli.cadence", cadence.months());
    }
  }

  /** A member of a circle, for scripts. */
  record MemberRow(UUID actor, String name, String kind, LocalDate joined, boolean convener) {}

  /** A person of the working group, for scripts. */
  record PersonRow(UUID actor, UUID contact, String name, String email, String actorName) {}

  /** A circle with everything kept about it, for scripts. */
  record CircleView(UUID id, String name, List<String> conveners, Integer cadenceMonths, List<MemberRow> members,
      List<PersonRow> workingGroup, String channel, String channelUrl, int themes) {}

  /** The circle and its actors, read once for a command that shows them. */
  record Loaded(Circle circle, Map<ActorId, Actor> actors) {

    static Loaded of(CliCommand command, String query) {
      Circle circle = command.use().showCircle().show(new ShowCircleUseCase.Command(command.lookup().circle(query)));
      return new Loaded(circle, Actors.byId(command.use()));
    }

    String name(ActorId actor) {
      return actors.get(actor).name();
    }

    List<MemberRow> members() {
      return circle.members().stream()
          .map(m -> new MemberRow(m.actor().value(), name(m.actor()), Inputs.code(actors.get(m.actor()).kind()), m.joined(),
              circle.conveners().contains(m.actor())))
          .sorted(DanishOrder.by(MemberRow::name))
          .toList();
    }

    List<PersonRow> workingGroup() {
      return circle.workingGroup().stream().map(ref -> {
        Actor actor = actors.get(ref.actor());
        var person = actor.contact(ref.contact());
        return new PersonRow(ref.actor().value(), ref.contact().value(), person.name(),
            person.email().map(Object::toString).orElse(null), actor.name());
      }).toList();
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a circle: conveners, cadence, members, working group and channel.",
      footer = {"%nExamples:%n  kreds circle show \"Den socialøkonomiske kreds\"%n  kreds circle show 3f2a --json"})
  static final class Show extends Addressed.OnCircle {
    @Mixin
    Formats.ShowFormat format;

    Show(Context context) {
      super(context);
    }

    @Override
    void run() {
      Loaded loaded = Loaded.of(this, circle);
      Circle c = loaded.circle();
      List<String> conveners = c.conveners().stream().map(loaded::name).toList();
      show(format, new CircleView(c.id().value(), c.name(), conveners, c.cadence().map(Cadence::months).orElse(null),
          loaded.members(), loaded.workingGroup(), c.channel().map(DiscussionChannel::name).orElse(null),
          c.channel().flatMap(DiscussionChannel::url).map(Object::toString).orElse(null), c.themes().size()), () -> {
            Details details = new Details(messages());
            details.line("cli.col.name", c.name());
            details.line("cli.col.id", c.id());
            details.line("cli.col.conveners", messages().join(conveners));
            details.line("cli.col.cadence", c.cadence().map(k -> messages().text("cli.cadence", k.months())));
            details.line("cli.col.members", c.members().size());
            details.line("cli.col.working-group", messages().join(
                loaded.workingGroup().stream().map(p -> p.name() + " (" + p.actorName() + ")").toList()));
            details.line("cli.col.channel", c.channel().map(ch -> ch.name() + ch.url().map(u -> " " + u).orElse("")));
            details.line("cli.col.themes", c.themes().size());
            details.print(out());
          });
    }
  }

  @Command(name = "members", mixinStandardHelpOptions = true,
      description = "List a circle's members by name in Danish order, with the day each joined.",
      footer = {"%nExamples:%n  kreds circle members \"Den socialøkonomiske kreds\"%n  kreds circle members 3f2a --csv"})
  static final class Members extends Addressed.OnCircle {
    @Mixin
    Formats.ListFormat format;

    Members(Context context) {
      super(context);
    }

    @Override
    void run() {
      Loaded loaded = Loaded.of(this, circle);
      List<MemberRow> members = loaded.members();
      list(format, MemberRow.class, members, () -> {
        TextTable table = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.name"),
            messages().text("cli.col.kind"), messages().text("cli.col.joined"), messages().text("cli.col.convener")));
        members.forEach(m -> table.row(Ids.shorten(m.actor()), m.name(),
            messages().kind(loaded.actors().get(new ActorId(m.actor())).kind()), messages().date(m.joined()),
            m.convener() ? messages().text("cli.yes") : ""));
        return table;
      });
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add actors to a circle, as joined today; members already are left as they are. All or none.",
      footer = {"%nExample:%n  kreds circle add \"Den socialøkonomiske kreds\" KBH+ CABI \"Frivilligt Forum\""})
  static final class Add extends Addressed.OnCircle {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ACTOR", description = Addressed.ACTOR_HELP)
    List<String> actors;

    Add(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      List<ActorId> ids = lookup.actors(actors);
      use().addCircleMembers().add(new AddCircleMembersUseCase.Command(lookup.circle(circle), ids));
      done("cli.circle.members-added", ids.size());
    }
  }

  @Command(name = "working-group", mixinStandardHelpOptions = true,
      description = {
        "Name the working group (arbejdsgruppe) that carries the circle forward, replacing the one before.",
        "Each person is a contact person of a member; --clear leaves the circle without one."
      },
      footer = {"%nExamples:%n  kreds circle working-group \"Den socialøkonomiske kreds\" \"Per Bach\" aw@kooperationen.dk"
          + "%n  kreds circle working-group \"Den socialøkonomiske kreds\" --clear"})
  static final class WorkingGroup extends Addressed.OnCircle {
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PERSON", description = Addressed.PERSON_HELP)
    List<String> persons = List.of();

    @Option(names = "--clear", description = "Leave the circle without a working group.")
    boolean clear;

    WorkingGroup(Context context) {
      super(context);
    }

    @Override
    void run() {
      if (clear == !persons.isEmpty()) {
        throw new BadInputException("cli.working-group.persons-or-clear");
      }
      Lookup lookup = lookup();
      List<ContactRef> refs = lookup.persons(persons);
      use().setWorkingGroup().set(new SetWorkingGroupUseCase.Command(lookup.circle(circle), refs));
      done("cli.circle.working-group", refs.size());
    }
  }

  @Command(name = "channel", mixinStandardHelpOptions = true,
      description = "Set the channel the circle posts discussion themes and summaries to, e.g. a LinkedIn group.",
      footer = {"%nExample:%n  kreds circle channel \"Den socialøkonomiske kreds\" \"Socialøkonomisk Netværk\" "
          + "--url https://www.linkedin.com/groups/1234"})
  static final class Channel extends Addressed.OnCircle {
    @Parameters(index = "1", paramLabel = "NAME", description = "The channel's name, 1–200 characters.")
    String name;

    @Option(names = "--url", paramLabel = "URL", description = "Its http(s) address.")
    String url;

    Channel(Context context) {
      super(context);
    }

    @Override
    void run() {
      DiscussionChannel channel = new DiscussionChannel(name, Inputs.optional(url).map(Website::parse));
      use().setChannel().set(new SetChannelUseCase.Command(lookup().circle(circle), channel));
      done("cli.circle.channel", channel.name());
    }
  }

  @Command(name = "cadence", mixinStandardHelpOptions = true,
      description = "Set how often the circle meets; a follow-up planned without a date is planned by it.",
      footer = {"%nExample:%n  kreds circle cadence \"Den socialøkonomiske kreds\" 6"})
  static final class SetCadence extends Addressed.OnCircle {
    @Parameters(index = "1", paramLabel = "MONTHS", description = "Every how many months, 1–24.")
    int months;

    SetCadence(Context context) {
      super(context);
    }

    @Override
    void run() {
      Cadence cadence = new Cadence(months);
      use().setCadence().set(new SetCadenceUseCase.Command(lookup().circle(circle), cadence));
      done("cli.circle.cadence", messages().text("cli.cadence", months));
    }
  }
}
