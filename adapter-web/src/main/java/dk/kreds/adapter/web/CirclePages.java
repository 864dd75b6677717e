package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.CirclePage;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.Membership;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A circle's page: its conveners and members, cadence, channel, working group and discussion themes. */
final class CirclePages {

  private final UseCases useCases;
  private final PageKit kit;

  CirclePages(UseCases useCases, PageKit kit) {
    this.useCases = useCases;
    this.kit = kit;
  }

  void register(RoutesConfig routes) {
    routes.get("/circles/{circle}", this::circle);
    routes.post("/circles/{circle}/members", ctx -> {
      List<ActorId> actors = ctx.formParams("actor").stream().map(id -> new ActorId(Forms.uuid(id, "actor"))).toList();
      if (actors.isEmpty()) {
        throw HttpRefusal.badRequest("form.missing", "actor", "");
      }
      change(ctx, id -> useCases.addCircleMembers().add(new AddCircleMembersUseCase.Command(id, actors)));
    });
    routes.post("/circles/{circle}/cadence", ctx -> change(ctx, id -> useCases.setCadence().set(
        new SetCadenceUseCase.Command(id, new Cadence(Forms.parse(Forms.required(ctx, "months"), "months",
            Integer::parseInt))))));
    routes.post("/circles/{circle}/channel", ctx -> change(ctx, id -> useCases.setChannel().set(
        new SetChannelUseCase.Command(id, new DiscussionChannel(Forms.required(ctx, "name"),
            Forms.optional(ctx, "url").map(Website::parse))))));
    routes.post("/circles/{circle}/working-group", ctx -> change(ctx, id -> useCases.setWorkingGroup().set(
        new SetWorkingGroupUseCase.Command(id, ctx.formParams("person").stream()
            .map(value -> Forms.parse(value, "person", Forms::person)).toList()))));
    routes.post("/circles/{circle}/themes", ctx -> change(ctx, id -> useCases.postDiscussionTheme().post(
        new PostDiscussionThemeUseCase.Command(id, Forms.required(ctx, "title"),
            Forms.optional(ctx, "body").orElse(""),
            Forms.parse(Forms.required(ctx, "author"), "author", Forms::person)))));
  }

  private void circle(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Circle circle = useCases.showCircle().show(new ShowCircleUseCase.Command(Routes.circle(ctx)));
    Set<ActorId> inCircle = Stream.concat(circle.conveners().stream(), circle.members().stream().map(Membership::actor))
        .collect(Collectors.toSet());
    List<Actor> all = useCases.listActors().list(new ListActorsUseCase.Command(true)); // one read, in Danish order
    List<Actor> actors = all.stream().filter(actor -> inCircle.contains(actor.id())).toList();
    List<Option> joinable = all.stream().filter(actor -> !actor.archived() && !inCircle.contains(actor.id()))
        .map(actor -> new Option(actor.id().value().toString(), actor.name())).toList();
    Map<ContactRef, String> contacts = new LinkedHashMap<>();
    actors.forEach(actor -> actor.contacts().forEach(contact -> contacts.put(new ContactRef(actor.id(), contact.id()),
        contact.name() + " (" + actor.name() + ")")));
    List<String> names = actors.stream().map(Actor::name).toList();
    CirclePage view = new CirclePage(circle.id().value().toString(), names, joinable,
        circle.cadence().map(cadence -> String.valueOf(cadence.months())).orElse(""),
        circle.channel().map(DiscussionChannel::name).orElse(""),
        circle.channel().flatMap(DiscussionChannel::url).map(url -> url.uri().toString()).orElse(""),
        contacts.entrySet().stream().map(entry -> new Option(Forms.personValue(entry.getKey()), entry.getValue())).toList(),
        circle.workingGroup().stream().map(Forms::personValue).toList(),
        circle.themes().stream().map(theme -> new Views.ThemeRow(theme.title(), theme.body(),
            messages.date(theme.posted()), theme.author().map(contacts::get).orElse(""))).toList());
    kit.render(ctx, "circle", Map.of("page", kit.page(ctx, "page.circle-title", circle.name()), "c", view));
  }

  /** Runs {@code change} on the circle in the path, then shows its page. */
  private static void change(Context ctx, Consumer<CircleId> change) {
    CircleId id = Routes.circle(ctx);
    change.accept(id);
    Forms.seeOther(ctx, "/circles/" + id.value());
  }
}
