package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.Requests.list;
import static dk.kreds.adapter.web.Requests.optional;
import static dk.kreds.adapter.web.Requests.required;

import dk.kreds.adapter.web.ActorApi.ActorRequest;
import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.PersonalData;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Contact persons (add, change, export their personal data, erase them) and the import of many actors at once. */
final class ContactApi {

  private final UseCases useCases;

  ContactApi(UseCases useCases) {
    this.useCases = useCases;
  }

  void register(ApiRoutes routes) {
    routes.create("/actors/{actor}/contacts", "Add a contact person to an actor", ContactRequest.class, Created.class,
        ApiRoutes.CHANGE_ERRORS, ctx -> {
          ActorId actor = Routes.actor(ctx);
          ContactDetails details = Json.read(ctx, ContactRequest.class).details();
          ContactRef added = useCases.addContactPerson().add(new AddContactPersonUseCase.Command(actor, details));
          Json.respond(ctx, 201, new Created(added.contact().value()));
        });
    routes.change(HandlerType.PUT, "/actors/{actor}/contacts/{contact}", "Replace a contact person's details",
        ContactRequest.class, null, ApiRoutes.CHANGE_ERRORS, ctx -> {
          ContactRef person = Routes.contact(ctx);
          ContactDetails details = Json.read(ctx, ContactRequest.class).details();
          useCases.updateContactPerson().update(new UpdateContactPersonUseCase.Command(person, details));
          ctx.status(204);
        });
    routes.change(HandlerType.DELETE, "/actors/{actor}/contacts/{contact}",
        "Erase a contact person: their details, and their name wherever the circle kept it", null, null,
        List.of(404, 409), ctx -> {
          useCases.eraseContactPerson().erase(new EraseContactPersonUseCase.Command(Routes.contact(ctx)));
          ctx.status(204);
        });
    routes.get("/actors/{actor}/contacts/{contact}/personal-data",
        "Everything kept about a contact person, for a request of access (GDPR art. 15)", PersonalData.class, false,
        List.of(404), ctx -> Json.respond(ctx, 200,
            useCases.exportPersonalData().export(new ExportPersonalDataUseCase.Command(Routes.contact(ctx)))));
    routes.change(HandlerType.POST, "/actors/import",
        "Register many actors with their contact persons; an actor stored already is matched, not doubled",
        ImportRequest.class, ImportView.class, List.of(400, 413), this::importActors);
  }

  private void importActors(Context ctx) {
    ImportRequest request = Json.read(ctx, ImportRequest.class);
    List<ImportActorsUseCase.Entry> entries = list(request.entries()).stream()
        .map(entry -> new ImportActorsUseCase.Entry(required(entry.profile(), "entries.profile").profile(),
            list(entry.contacts()).stream().map(ContactRequest::details).toList()))
        .toList();
    if (entries.isEmpty()) {
      throw HttpRefusal.badRequest("json.missing", "entries", "");
    }
    ImportActorsUseCase.Result result = useCases.importActors().importActors(new ImportActorsUseCase.Command(entries,
        request.mode() == null ? ImportActorsUseCase.Mode.ALL_OR_NOTHING : request.mode(),
        Boolean.TRUE.equals(request.dryRun())));
    Messages messages = Languages.messages(ctx);
    Json.respond(ctx, 200, new ImportView(result.stored(), result.outcomes().stream()
        .map(outcome -> Outcome.of(outcome, messages)).toList()));
  }

  /** A contact person of an actor, as other requests point at one. */
  record PersonRef(UUID actor, UUID contact) {
    ContactRef ref() {
      return new ContactRef(new ActorId(required(actor, "actor")), new ContactPersonId(required(contact, "contact")));
    }
  }

  /**
   * A contact person's details: {@code name} and {@code basis} are required; {@code phone} is read as a
   * Danish number without a country code.
   */
  record ContactRequest(String name, String role, String email, String phone, Basis basis) {
    ContactDetails details() {
      Basis given = required(basis, "basis");
      return new ContactDetails(required(name, "name"), optional(role), optional(email).map(Email::new),
          optional(phone).map(Phone::parse),
          new LawfulBasis(required(given.ground(), "basis.ground"), required(given.since(), "basis.since")));
    }
  }

  /** Why the circle may keep the person's data, and since when. */
  record Basis(LawfulBasis.Ground ground, Instant since) {}

  /**
   * Actors to import: {@code mode} {@code ALL_OR_NOTHING} (the default: one refusal stores nothing) or
   * {@code SKIP_REFUSED}; {@code dryRun} checks and stores nothing.
   */
  record ImportRequest(List<ImportEntry> entries, ImportActorsUseCase.Mode mode, Boolean dryRun) {}

  /** One actor to import, with its contact persons. */
  record ImportEntry(ActorRequest profile, List<ContactRequest> contacts) {}

  /** What became of each entry, in order, and whether anything was stored. */
  record ImportView(boolean stored, List<Outcome> outcomes) {}

  /**
   * One entry's outcome: {@code registered} or {@code matched} (with the actor and, when matched, how many
   * contact persons were added), or {@code refused} (with the error body of the broken rule).
   */
  record Outcome(String outcome, UUID actor, Integer contactsAdded, ApiError error) {
    static Outcome of(ImportActorsUseCase.Outcome outcome, Messages messages) {
      if (outcome instanceof ImportActorsUseCase.Registered registered) {
        return new Outcome("registered", registered.actor().value(), null, null);
      }
      if (outcome instanceof ImportActorsUseCase.Matched matched) {
        return new Outcome("matched", matched.actor().value(), matched.contactsAdded(), null);
      }
      var reason = ((ImportActorsUseCase.Refused) outcome).reason();
      return new Outcome("refused", null, null, new ApiError(reason.code(), messages.error(reason), reason.field()));
    }
  }
}
