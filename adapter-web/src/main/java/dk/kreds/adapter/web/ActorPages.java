package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.ActorDetail;
import dk.kreds.adapter.web.Views.ActorFilter;
import dk.kreds.adapter.web.Views.ActorRow;
import dk.kreds.adapter.web.Views.ContactRow;
import dk.kreds.adapter.web.Views.ImportRow;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.DanishTime;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** The actors: a list filtered by name, kind, region and activity; an actor's page; add, edit, archive. */
final class ActorPages {

  private final UseCases useCases;
  private final PageKit kit;
  private final Optional<ActorFileReader> actorFiles;
  private final Clock clock;

  /**
   * @param actorFiles reads an uploaded actor file; without one the page offers no import
   * @param clock when an imported contact person's lawful basis starts
   */
  ActorPages(UseCases useCases, PageKit kit, Optional<ActorFileReader> actorFiles, Clock clock) {
    this.useCases = useCases;
    this.kit = kit;
    this.actorFiles = actorFiles;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/actors", this::list);
    routes.post("/actors", this::add);
    actorFiles.ifPresent(reader -> routes.post("/actors/import", ctx -> importFile(ctx, reader)));
    routes.post("/actors/{actor}/contacts", ctx -> {
      ActorId id = Routes.actor(ctx);
      LawfulBasis basis = new LawfulBasis(ground(ctx), clock.instant());
      useCases.addContactPerson().add(new AddContactPersonUseCase.Command(id, contactDetails(ctx, basis)));
      Forms.seeOther(ctx, "/actors/" + id.value());
    });
    routes.get("/actors/{actor}/contacts/{contact}", this::contact);
    routes.post("/actors/{actor}/contacts/{contact}", ctx -> {
      ContactRef person = Routes.contact(ctx);
      LawfulBasis before = useCases.showActor().show(new ShowActorUseCase.Command(person.actor()))
          .contact(person.contact()).basis();
      LawfulBasis.Ground ground = ground(ctx);
      // The basis keeps its day unless it changes: a corrected phone number is no new consent.
      LawfulBasis basis = ground == before.ground() ? before : new LawfulBasis(ground, clock.instant());
      useCases.updateContactPerson().update(new UpdateContactPersonUseCase.Command(person, contactDetails(ctx, basis)));
      Forms.seeOther(ctx, "/actors/" + person.actor().value());
    });
    routes.post("/actors/{actor}/contacts/{contact}/erase", ctx -> {
      ContactRef person = Routes.contact(ctx);
      useCases.eraseContactPerson().erase(new EraseContactPersonUseCase.Command(person));
      Forms.seeOther(ctx, "/actors/" + person.actor().value());
    });
    routes.get("/actors/{actor}/contacts/{contact}/personal-data.json", ctx -> {
      ContactRef person = Routes.contact(ctx);
      ctx.header("Content-Disposition", "attachment; filename=\"personal-data-" + person.contact().value() + ".json\"");
      Json.respond(ctx, 200, useCases.exportPersonalData().export(new ExportPersonalDataUseCase.Command(person)));
    });
    routes.get("/actors/{actor}", this::detail);
    routes.post("/actors/{actor}", this::edit);
    routes.post("/actors/{actor}/archive", ctx -> {
      ActorId id = Routes.actor(ctx);
      useCases.archiveActor().archive(new ArchiveActorUseCase.Command(id));
      Forms.seeOther(ctx, "/actors/" + id.value());
    });
  }

  /** The list, filtered by the query's {@code q}, {@code kind}, {@code region}, {@code activity} and {@code archived}. */
  private void list(Context ctx) {
    Messages messages = Languages.messages(ctx);
    ActorFilter filter = new ActorFilter(query(ctx, "q"), query(ctx, "kind"), query(ctx, "region"),
        query(ctx, "activity"), "true".equals(ctx.queryParam("archived")));
    Optional<ActorKind> kind = filter.kind().isEmpty() ? Optional.empty()
        : Optional.of(Forms.parseQuery(filter.kind(), "kind", ActorKind::valueOf));
    List<Actor> actors = useCases.listActors().list(new ListActorsUseCase.Command(filter.archived()));
    Predicate<Actor> matches = actor -> contains(actor.name(), filter.q())
        && kind.map(k -> actor.kind() == k).orElse(true)
        && (filter.region().isEmpty() || filter.region().equals(actor.profile().region().orElse("")))
        && (filter.activity().isEmpty()
            || actor.profile().activities().stream().anyMatch(activity -> contains(activity, filter.activity())));
    List<ActorRow> rows = actors.stream().filter(matches)
        .map(actor -> new ActorRow(actor.id().value().toString(), actor.name(), messages.kind(actor.kind()),
            actor.profile().region().orElse(""), actor.archived()))
        .toList();
    List<String> regions = actors.stream().map(actor -> actor.profile().region()).flatMap(Optional::stream)
        .distinct().sorted(DanishOrder.texts()).toList();
    String imported = Optional.ofNullable(ctx.queryParam("imported")).filter(n -> n.matches("\\d{1,7}"))
        .flatMap(n -> Optional.ofNullable(ctx.queryParam("matched")).filter(m -> m.matches("\\d{1,7}"))
            .map(m -> messages.text("page.imported", n, m)))
        .orElse("");
    kit.render(ctx, "actors", Map.of("page", kit.page(ctx, "page.actors"), "actors", rows, "kinds", kinds(messages),
        "regions", regions, "filter", filter, "canImport", actorFiles.isPresent(), "imported", imported));
  }

  /**
   * Reads the uploaded file and checks it ({@code action=check}: a dry run, shown as a preview) or imports
   * it; a stored import shows the list with its counts, one that stored nothing shows why (422).
   */
  private void importFile(Context ctx, ActorFileReader reader) throws IOException {
    Messages messages = Languages.messages(ctx);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw HttpRefusal.badRequest("form.missing", "file", "");
    }
    LawfulBasis basis = new LawfulBasis(
        Forms.parse(Forms.required(ctx, "basis"), "basis", LawfulBasis.Ground::valueOf), clock.instant());
    boolean check = "check".equals(ctx.formParam("action"));
    boolean skip = ctx.formParam("skip") != null;
    ActorFileReader.Parsed parsed;
    try (InputStream content = file.content()) {
      parsed = reader.read(content.readAllBytes(), messages, basis);
    }
    List<ImportRow> rows = List.of();
    if (!parsed.entries().isEmpty()) {
      boolean dryRun = check || !parsed.complete() || !skip && !parsed.problems().isEmpty();
      ImportActorsUseCase.Result result = useCases.importActors().importActors(new ImportActorsUseCase.Command(
          parsed.entries(), skip ? ImportActorsUseCase.Mode.SKIP_REFUSED : ImportActorsUseCase.Mode.ALL_OR_NOTHING,
          dryRun));
      if (result.stored()) {
        Forms.seeOther(ctx, "/actors?imported=" + result.registered() + "&matched=" + result.matched());
        return;
      }
      rows = IntStream.range(0, parsed.entries().size()).mapToObj(i -> new ImportRow(parsed.lines().get(i),
          parsed.entries().get(i).profile().name(), outcome(messages, result.outcomes().get(i)))).toList();
    }
    kit.render(ctx, check ? 200 : 422, "import", Map.of("page", kit.page(ctx, "page.import-title"), "rows", rows,
        "problems", parsed.problems(), "checked", check));
  }

  private static String outcome(Messages messages, ImportActorsUseCase.Outcome outcome) {
    if (outcome instanceof ImportActorsUseCase.Refused refused) {
      return messages.error(refused.reason());
    }
    return messages.text(outcome instanceof ImportActorsUseCase.Registered ? "page.import-new" : "page.import-matched");
  }

  private void add(Context ctx) {
    ActorId id = useCases.registerActor().register(new RegisterActorUseCase.Command(profile(ctx, Optional.empty())));
    Forms.seeOther(ctx, "/actors/" + id.value());
  }

  private void detail(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Actor actor = useCases.showActor().show(new ShowActorUseCase.Command(Routes.actor(ctx)));
    ActorProfile p = actor.profile();
    String parent = p.parent().map(id -> useCases.showActor().show(new ShowActorUseCase.Command(id)).name()).orElse("");
    ActorDetail view = new ActorDetail(actor.id().value().toString(), p.name(), p.kind().name(), messages.kind(p.kind()),
        p.shortName().orElse(""), p.cvr().map(Cvr::digits).orElse(""),
        p.website().map(website -> website.uri().toString()).orElse(""), p.region().orElse(""),
        p.description().orElse(""), String.join("\n", p.activities()), parent, p.rsv(), actor.archived(),
        actor.contacts().stream().map(contact -> new ContactRow(contact.id().value().toString(), contact.name(),
            contact.role().orElse(""), contact.email().map(Email::value).orElse(""),
            contact.phone().map(Phone::e164).orElse(""),
            messages.text("page.basis." + contact.basis().ground().name()) + ", " + messages.date(
                contact.basis().since().atZone(DanishTime.ZONE)))).toList());
    kit.render(ctx, "actor", Map.of("page", kit.page(ctx, "page.actor-title", p.name()), "a", view,
        "kinds", kinds(messages)));
  }

  /** Replaces the profile with the form's; the parent, which the form does not show, is kept. */
  private void edit(Context ctx) {
    ActorId id = Routes.actor(ctx);
    Actor actor = useCases.showActor().show(new ShowActorUseCase.Command(id));
    useCases.updateActor().update(new UpdateActorUseCase.Command(id, profile(ctx, actor.profile().parent())));
    Forms.seeOther(ctx, "/actors/" + id.value());
  }

  /** A contact person's page: the edit form. */
  private void contact(Context ctx) {
    ContactRef person = Routes.contact(ctx);
    Actor actor = useCases.showActor().show(new ShowActorUseCase.Command(person.actor()));
    ContactPerson contact = actor.contact(person.contact());
    kit.render(ctx, "contact", Map.of("page", kit.page(ctx, "page.contact-title", contact.name(), actor.name()),
        "actor", person.actor().value().toString(), "c", new ContactRow(person.contact().value().toString(),
            contact.name(), contact.role().orElse(""), contact.email().map(Email::value).orElse(""),
            contact.phone().map(Phone::e164).orElse(""), contact.basis().ground().name())));
  }

  /** The details the contact forms send, kept on {@code basis}. */
  private static ContactDetails contactDetails(Context ctx, LawfulBasis basis) {
    return new ContactDetails(Forms.required(ctx, "name"), Forms.optional(ctx, "role"),
        Forms.optional(ctx, "email").map(Email::new), Forms.optional(ctx, "phone").map(Phone::parse), basis);
  }

  private static LawfulBasis.Ground ground(Context ctx) {
    return Forms.parse(Forms.required(ctx, "basis"), "basis", LawfulBasis.Ground::valueOf);
  }

  /** The profile the add and edit forms send: only name and kind are required. */
  private static ActorProfile profile(Context ctx, Optional<ActorId> parent) {
    return new ActorProfile(Forms.required(ctx, "name"), Forms.optional(ctx, "shortName"),
        Forms.parse(Forms.required(ctx, "kind"), "kind", ActorKind::valueOf),
        Forms.optional(ctx, "cvr").map(Cvr::parse), Forms.optional(ctx, "website").map(Website::parse),
        Forms.optional(ctx, "region"), Forms.optional(ctx, "description"),
        Forms.optional(ctx, "activities").map(text -> text.lines().map(String::strip).filter(line -> !line.isEmpty())
            .toList()).orElse(List.of()),
        parent, ctx.formParam("rsv") != null);
  }

  static List<Option> kinds(Messages messages) {
    return Arrays.stream(ActorKind.values()).map(kind -> new Option(kind.name(), messages.kind(kind))).toList();
  }

  private static String query(Context ctx, String name) {
    return Objects.requireNonNullElse(ctx.queryParam(name), "").strip();
  }

  private static boolean contains(String text, String needle) {
    return needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }
}
