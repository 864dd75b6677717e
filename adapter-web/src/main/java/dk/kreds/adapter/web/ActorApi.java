package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.Requests.list;
import static dk.kreds.adapter.web.Requests.optional;
import static dk.kreds.adapter.web.Requests.required;

import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Website;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.UUID;

/** The actors of the field: list, show, register, change, archive. */
final class ActorApi {

  private final UseCases useCases;

  ActorApi(UseCases useCases) {
    this.useCases = useCases;
  }

  void register(ApiRoutes routes) {
    routes.get("/actors", "List the actors in Danish order; ?archived=true includes archived ones",
        ActorView.class, true, List.of(400), this::listAll);
    routes.get("/actors/{actor}", "Show an actor", ActorView.class, false, List.of(404), this::show);
    routes.create("/actors", "Register an actor", ActorRequest.class, Created.class, List.of(400, 404, 413, 422),
        this::create);
    routes.change(HandlerType.PUT, "/actors/{actor}", "Replace an actor's profile", ActorRequest.class, null,
        List.of(400, 404, 409, 413, 422), this::update);
    routes.change(HandlerType.POST, "/actors/{actor}/archive", "Archive an actor", null, null, List.of(404, 409),
        this::archive);
  }

  private void listAll(Context ctx) {
    String archived = ctx.queryParam("archived");
    if (archived != null && !archived.equals("true") && !archived.equals("false")) {
      throw HttpRefusal.badRequest("query.boolean", "archived", archived);
    }
    List<ActorView> actors = useCases.listActors().list(new ListActorsUseCase.Command("true".equals(archived))).stream()
        .map(ActorView::of).toList();
    Json.respond(ctx, 200, actors);
  }

  private void show(Context ctx) {
    // One actor read by its id, archived or not; actor.not-found when there is none.
    Json.respond(ctx, 200, ActorView.of(useCases.showActor().show(new ShowActorUseCase.Command(Routes.actor(ctx)))));
  }

  private void create(Context ctx) {
    ActorProfile profile = Json.read(ctx, ActorRequest.class).profile();
    ActorId id = useCases.registerActor().register(new RegisterActorUseCase.Command(profile));
    Json.respond(ctx, 201, new Created(id.value()));
  }

  private void update(Context ctx) {
    ActorId id = Routes.actor(ctx);
    ActorProfile profile = Json.read(ctx, ActorRequest.class).profile();
    useCases.updateActor().update(new UpdateActorUseCase.Command(id, profile));
    ctx.status(204);
  }

  private void archive(Context ctx) {
    useCases.archiveActor().archive(new ArchiveActorUseCase.Command(Routes.actor(ctx)));
    ctx.status(204);
  }

  /** An actor's profile, as sent to register or change it and as shown; {@code name} and {@code kind} are required. */
  record ActorRequest(
      String name,
      ActorKind kind,
      String shortName,
      String cvr,
      String website,
      String region,
      String description,
      List<String> activities,
      UUID parent,
      Boolean rsv) {

    ActorProfile profile() {
      return new ActorProfile(
          required(name, "name"),
          optional(shortName),
          required(kind, "kind"),
          optional(cvr).map(Cvr::parse),
          optional(website).map(Website::parse),
          optional(region),
          optional(description),
          list(activities),
          java.util.Optional.ofNullable(parent).map(ActorId::new),
          Boolean.TRUE.equals(rsv));
    }
  }

  /** An actor as the API shows it: its id, whether it is archived, and its profile. */
  record ActorView(UUID id, boolean archived, ActorRequest profile) {

    static ActorView of(Actor actor) {
      ActorProfile p = actor.profile();
      return new ActorView(actor.id().value(), actor.archived(), new ActorRequest(p.name(), p.kind(),
          p.shortName().orElse(null), p.cvr().map(Cvr::digits).orElse(null),
          p.website().map(website -> website.uri().toString()).orElse(null), p.region().orElse(null),
          p.description().orElse(null), p.activities(), p.parent().map(ActorId::value).orElse(null), p.rsv()));
    }
  }
}
