package dk.kreds.adapter.web;

import dk.kreds.adapter.web.Views.GroupRound;
import dk.kreds.adapter.web.Views.GroupRow;
import dk.kreds.adapter.web.Views.Option;
import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.MoveGroupMemberUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.shared.DanishOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The meeting page's dialogue groups: mixed over several rounds by the mixer, a person moved to another
 * group (re-scored), and the table lists as CSV; the rounds and the quality figures the page shows.
 */
final class GroupPages {

  private final UseCases useCases;

  GroupPages(UseCases useCases) {
    this.useCases = useCases;
  }

  void register(RoutesConfig routes) {
    routes.post("/meetings/{meeting}/mix", this::mix);
    routes.post("/meetings/{meeting}/move", this::move);
    routes.get("/meetings/{meeting}/groups.csv", this::tableList);
  }

  /** Each dialogue round with its groups, in agenda order. */
  static List<GroupRound> rounds(Messages messages, Meeting meeting, Map<ActorId, String> names) {
    List<Round> agenda = meeting.plan().agenda();
    return MeetingPages.dialogueRounds(meeting).stream().map(round -> {
      List<DialogueGroup> groups = meeting.groups().stream().filter(group -> group.round() == round).toList();
      List<Option> members = groups.stream().flatMap(group -> group.members().stream())
          .map(actor -> new Option(actor.value().toString(), names.getOrDefault(actor, "")))
          .sorted(DanishOrder.by(Option::label)).toList();
      return new GroupRound(round, messages.text("page.round", round + 1, messages.round(agenda.get(round))),
          groups.stream().map(group -> new GroupRow(group.number(),
              group.members().stream().map(names::get).sorted(DanishOrder.texts()).toList())).toList(),
          members, IntStream.rangeClosed(1, ((Round.Dialogue) agenda.get(round)).groups()).boxed().toList());
    }).toList();
  }

  /** Mixes the groups, then shows the page with their quality (carried in the redirect: it is not stored). */
  private void mix(Context ctx) {
    MeetingId id = Routes.meeting(ctx);
    MixDialogueGroupsUseCase.Mixed mixed = useCases.mixDialogueGroups().mix(new MixDialogueGroupsUseCase.Command(id,
        Forms.optional(ctx, "rounds", Integer::valueOf), Forms.optional(ctx, "groups", Integer::valueOf),
        Forms.optional(ctx, "seed", Long::valueOf).orElse(1L), MixingRequest.DEFAULT_BUDGET, List.of()));
    Forms.seeOther(ctx, "/meetings/" + id.value() + "?quality=" + encode(mixed.quality()) + ","
        + mixed.stoppedBy().name() + "#groups");
  }

  private void move(Context ctx) {
    MeetingId id = Routes.meeting(ctx);
    MixingQuality quality = useCases.moveGroupMember().move(new MoveGroupMemberUseCase.Command(id,
        Forms.parse(Forms.required(ctx, "round"), "round", Integer::parseInt),
        new ActorId(Forms.uuid(Forms.required(ctx, "actor"), "actor")),
        Forms.parse(Forms.required(ctx, "group"), "group", Integer::parseInt)));
    Forms.seeOther(ctx, "/meetings/" + id.value() + "?quality=" + encode(quality) + "#groups");
  }

  private static String encode(MixingQuality quality) {
    return quality.repeats() + "," + quality.lowerBound() + "," + quality.maxPairMeetings() + ","
        + quality.earlierEncounters() + "," + String.format(Locale.ROOT, "%.3f", quality.diversity());
  }

  /** The quality figures from the redirect after a mix or a move, as a sentence; empty when there are none or they are unreadable. */
  static String quality(Messages messages, String encoded) {
    if (encoded == null || !encoded.matches("\\d{1,6}(,\\d{1,6}){3},[01]\\.\\d{3}(,(OPTIMAL|BUDGET))?")) {
      return "";
    }
    String[] parts = encoded.split(",");
    String diversity = String.format(messages.language().locale(), "%.2f", Double.parseDouble(parts[4]));
    String figures = messages.text("page.quality", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), diversity);
    return parts.length == 6 ? figures + " " + messages.text("page.stopped." + parts[5]) : figures;
  }

  /** The groups of every dialogue round as CSV, one person a row, for printing table lists. */
  private void tableList(Context ctx) {
    Messages messages = Languages.messages(ctx);
    Meeting meeting = MeetingPages.show(useCases, ctx);
    Map<ActorId, String> names = useCases.listActors().names(
        meeting.groups().stream().flatMap(group -> group.members().stream()).toList());
    StringBuilder csv = new StringBuilder(Csv.row(List.of(messages.text("page.round-column"),
        messages.text("page.group-column"), messages.text("page.name"))));
    meeting.groups().forEach(group -> group.members().stream().map(names::get).sorted(DanishOrder.texts())
        .forEach(name -> csv.append(Csv.row(List.of(String.valueOf(group.round() + 1),
            String.valueOf(group.number()), name)))));
    ctx.header("Content-Disposition", "attachment; filename=\"groups-" + meeting.time().date() + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
  }
}
