package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Website;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kreds actor}: the organisations of the field. */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = "Register, list, show, change and archive the actors (organisations) of the field.",
    footer = {"%nExamples:%n  kreds actor add Kooperationen --kind interest-organisation --region København"
        + "%n  kreds actor list --csv > aktører.csv%n  kreds actor show Kooperationen --json"})
final class ActorCommands {

  /**
   * The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand).
   * {@code actor import} and {@code actor export} (CSV) come from their own classes, added here by the wiring.
   */
  static final List<Class<?>> VERBS = List.of(
      Add.class, ListActors.class, Show.class, Edit.class, Archive.class, ActorImportCommand.class, ActorExportCommand.class);

  /** What an actor's profile holds besides its name and kind; an option left out leaves the value as it is. */
  static final class ProfileOptions {
    @Option(names = "--short-name", paramLabel = "TEXT", description = "An abbreviation people use, e.g. CBS (\"\" clears it).")
    String shortName;

    @Option(names = "--cvr", paramLabel = "DIGITS", description = "The Danish company number, 8 digits (\"\" clears it).")
    String cvr;

    @Option(names = "--website", paramLabel = "URL", description = "Its web address, e.g. kooperationen.dk (\"\" clears it).")
    String website;

    @Option(names = "--region", paramLabel = "TEXT", description = "Where it works, e.g. København (\"\" clears it).")
    String region;

    @Option(names = "--description", paramLabel = "TEXT", description = "What it is, in a few sentences (\"\" clears it).")
    String description;

    @Option(names = "--activity", paramLabel = "TAG",
        description = "What it does, e.g. rådgivning; repeat for more. Given at all, it replaces the list (\"\" empties it).")
    List<String> activities;

    @Option(names = "--parent", paramLabel = "ACTOR", description = "The actor it is part of (\"\" clears it).")
    String parent;

    @Option(names = "--rsv", negatable = true,
        description = "Whether it is a registered social-economy enterprise (RSV); --no-rsv says it is not.")
    Boolean rsv;

    ActorProfile applyTo(ActorProfile profile, Lookup lookup) {
      ActorProfile result = profile;
      if (shortName != null) {
        result = result.withShortName(Inputs.optional(shortName).orElse(null));
      }
      if (cvr != null) {
        result = result.withCvr(Inputs.optional(cvr).map(Cvr::parse).orElse(null));
      }
      if (website != null) {
        result = result.withWebsite(Inputs.optional(website).map(Website::parse).orElse(null));
      }
      if (region != null) {
        result = result.withRegion(Inputs.optional(region).orElse(null));
      }
      if (description != null) {
        result = result.withDescription(Inputs.optional(description).orElse(null));
      }
      if (activities != null) {
        result = result.withActivities(activities.stream().filter(a -> !a.isBlank()).toList());
      }
      if (parent != null) {
        result = result.withParent(Inputs.optional(parent).map(lookup::actor).orElse(null));
      }
      if (rsv != null) {
        result = result.withRsv(rsv);
      }
      return result;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an actor.",
      footer = {"%nExamples:%n  kreds actor add \"Sociale Entreprenører i Danmark\" --kind interest-organisation --activity netværk"
          + "%n  kreds actor add \"Det kommunale netværk for social innovation\" --kind network --parent \"Teknologisk Institut\""
          + "%n  kreds actor add \"Café Æblehaven\" --kind enterprise --cvr 12345674 --rsv"})
  static final class Add extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The organisation's name, 1–200 characters.")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = Inputs.KindConverter.class,
        description = "education, interest-organisation, ngo, public-body, fund, network, research, growth-centre, "
            + "housing-association, enterprise or other.")
    ActorKind kind;

    @Mixin
    ProfileOptions profile;

    Add(Context context) {
      super(context);
    }

    @Override
    void run() {
      ActorProfile built = profile.applyTo(ActorProfile.of(name, kind), lookup());
      ActorId id = use().registerActor().register(new RegisterActorUseCase.Command(built));
      done("cli.actor.registered", built.name(), id);
    }
  }

  /** One actor in a list, for scripts. */
  record ActorRow(UUID id, String name, String shortName, String kind, String region, String cvr, boolean rsv,
      boolean archived) {
    static ActorRow of(ActorListing actor) {
      return new ActorRow(actor.id().value(), actor.name(), actor.shortName().orElse(null), Inputs.code(actor.kind()),
          actor.region().orElse(null), actor.cvr().map(Cvr::digits).orElse(null), actor.rsv(), actor.archived());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the actors by name in Danish order (æ, ø, å after z); archived ones only with --archived.",
      footer = {"%nExamples:%n  kreds actor list%n  kreds actor list --archived --csv > aktører.csv"
          + "%n  kreds actor list --json | jq -r '.[].name'"})
  static final class ListActors extends CliCommand {
    @Option(names = "--archived", description = "Include archived actors.")
    boolean archived;

    @Mixin
    Formats.ListFormat format;

    ListActors(Context context) {
      super(context);
    }

    @Override
    void run() {
      List<ActorListing> actors = use().listActors().listings(new ListActorsUseCase.Command(archived));
      list(format, ActorRow.class, actors.stream().map(ActorRow::of).toList(), () -> {
        TextTable table = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.name"),
            messages().text("cli.col.short-name"), messages().text("cli.col.kind"), messages().text("cli.col.region"),
            messages().text("cli.col.archived")));
        actors.forEach(a -> table.row(Ids.shorten(a.id()), a.name(), a.shortName().orElse(""),
            messages().kind(a.kind()), a.region().orElse(""), a.archived() ? messages().text("cli.yes") : ""));
        return table;
      });
    }
  }

  /** An actor with everything kept about it, for scripts. */
  record ActorView(UUID id, String name, String shortName, String kind, String cvr, String website, String region,
      String description, List<String> activities, UUID parent, boolean rsv, boolean archived, List<ContactView> contacts) {}

  /** A contact person, for scripts. */
  record ContactView(UUID id, String name, String role, String email, String phone, String basis, String since) {
    static ContactView of(ContactPerson c) {
      return new ContactView(c.id().value(), c.name(), c.role().orElse(null), c.email().map(Object::toString).orElse(null),
          c.phone().map(Object::toString).orElse(null), Inputs.code(c.basis().ground()), c.basis().since().toString());
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an actor with its contact persons.",
      footer = {"%nExamples:%n  kreds actor show Kooperationen%n  kreds actor show KBH+ --json | jq .contacts"})
  static final class Show extends Addressed.OnActor {
    @Mixin
    Formats.ShowFormat format;

    Show(Context context) {
      super(context);
    }

    @Override
    void run() {
      Actor a = find(lookup().actor(actor));
      ActorProfile p = a.profile();
      Optional<String> parentName = p.parent().map(this::find).map(Actor::name);
      show(format, new ActorView(a.id().value(), a.name(), p.shortName().orElse(null), Inputs.code(a.kind()),
          p.cvr().map(Cvr::digits).orElse(null), p.website().map(Object::toString).orElse(null), p.region().orElse(null),
          p.description().orElse(null), p.activities(), p.parent().map(ActorId::value).orElse(null), p.rsv(), a.archived(),
          a.contacts().stream().map(ContactView::of).toList()), () -> {
            Details details = new Details(messages());
            details.line("cli.col.name", a.name());
            details.line("cli.col.id", a.id());
            details.line("cli.col.short-name", p.shortName());
            details.line("cli.col.kind", messages().kind(a.kind()));
            details.line("cli.col.cvr", p.cvr().map(Cvr::digits));
            details.line("cli.col.website", p.website());
            details.line("cli.col.region", p.region());
            details.line("cli.col.activities", String.join(", ", p.activities()));
            details.line("cli.col.parent", parentName);
            details.line("cli.col.rsv", p.rsv() ? messages().text("cli.yes") : messages().text("cli.no"));
            details.line("cli.col.archived", a.archived() ? messages().text("cli.yes") : messages().text("cli.no"));
            details.line("cli.col.description", p.description());
            details.print(out());
            out().println();
            out().println(messages().text("cli.heading.contacts"));
            TextTable contacts = new TextTable(List.of(messages().text("cli.col.id"), messages().text("cli.col.name"),
                messages().text("cli.col.role"), messages().text("cli.col.email"), messages().text("cli.col.phone")));
            a.contacts().forEach(c -> contacts.row(Ids.shorten(c.id().value()), c.name(), c.role().orElse(""),
                c.email().map(Object::toString).orElse(""), c.phone().map(Object::toString).orElse("")));
            contacts.print(out());
          });
    }

    private Actor find(ActorId id) {
      return use().showActor().show(new ShowActorUseCase.Command(id));
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true,
      description = "Change an actor's profile; what you leave out stays as it is. Contact persons are changed with `kreds contact`.",
      footer = {"%nExamples:%n  kreds actor edit Kooperationen --website kooperationen.dk --activity rådgivning --activity netværk"
          + "%n  kreds actor edit CBS --name \"CBS Social Entrepreneurship\" --short-name \"\""})
  static final class Edit extends Addressed.OnActor {
    @Option(names = "--name", paramLabel = "NAME", description = "A new name, 1–200 characters.")
    String name;

    @Option(names = "--kind", paramLabel = "KIND", converter = Inputs.KindConverter.class, description = "A new kind.")
    ActorKind kind;

    @Mixin
    ProfileOptions profile;

    Edit(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      ActorId id = lookup.actor(actor);
      ActorProfile current = use().showActor().show(new ShowActorUseCase.Command(id)).profile();
      ActorProfile renamed = new ActorProfile(name == null ? current.name() : name, current.shortName(),
          kind == null ? current.kind() : kind, current.cvr(), current.website(), current.region(), current.description(),
          current.activities(), current.parent(), current.rsv());
      ActorProfile changed = profile.applyTo(renamed, lookup);
      use().updateActor().update(new UpdateActorUseCase.Command(id, changed));
      done("cli.actor.updated", changed.name());
    }
  }

  @Command(name = "archive", mixinStandardHelpOptions = true,
      description = "Archive an actor: it stays in history, but is no longer invited or added to circles.",
      footer = {"%nExample:%n  kreds actor archive \"Foreningen for social innovation\""})
  static final class Archive extends Addressed.OnActor {
    Archive(Context context) {
      super(context);
    }

    @Override
    void run() {
      ActorId id = lookup().actor(actor);
      use().archiveActor().archive(new ArchiveActorUseCase.Command(id));
      done("cli.actor.archived", use().showActor().show(new ShowActorUseCase.Command(id)).name());
    }
  }
}
