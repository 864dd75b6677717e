package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.Mixing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Mixes a stored meeting's present actors into the groups of its dialogue rounds, with the circle's
 * earlier meetings as history, stores them and prints them with their quality. Meant to sit under
 * {@code kreds meeting}.
 */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = {
      "Mix the present actors of a meeting into the groups of its dialogue rounds: few pairs who met before",
      "(in an earlier round or at the circle's earlier meetings), each group a mix of kinds and regions.",
      "The groups are stored, replacing earlier groups of those rounds.",
      "Fordel mødets fremmødte aktører i dialogrundernes grupper, så de møder nye aktører."
    },
    footer = {"%nExamples:%n  kreds meeting groups 2014-11-25 --rounds 2 --groups 3 --seed 7",
      "  kreds meeting groups 2014-11-25 --json | jq .quality"})
final class MeetingGroupsCommand extends Addressed.OnMeeting {

  @Spec
  private CommandSpec spec;

  @Option(names = "--rounds", paramLabel = "R", description = "How many of the meeting's dialogue rounds, from the first (default: all).")
  private Integer rounds;

  @Option(names = "--groups", paramLabel = "G",
      description = "The number of groups the rounds have on the agenda; refused when it differs.")
  private Integer groups;

  @Mixin
  private SearchOptions search;

  MeetingGroupsCommand(Context context) {
    super(context);
  }

  @Override
  void run() {
    MeetingId id = lookup().meeting(meeting);
    UseCases use = use();
    MixDialogueGroupsUseCase.Mixed mixed = use.mixDialogueGroups().mix(new MixDialogueGroupsUseCase.Command(
        id, Optional.ofNullable(rounds), Optional.ofNullable(groups), search.seed, search.budget, List.of()));
    Map<ActorId, String> names = use.listActors().list(new ListActorsUseCase.Command(true)).stream()
        .collect(Collectors.toMap(Actor::id, Actor::name));
    Function<ActorId, String> name = actor -> names.getOrDefault(actor, actor.toString());
    GroupsOutput.print(spec, new Mixing(byRound(mixed.groups()), mixed.quality(), mixed.stoppedBy(), mixed.millis()), name, name, search.json);
  }

  private static List<List<List<ActorId>>> byRound(List<DialogueGroup> groups) {
    Map<Integer, List<List<ActorId>>> rounds = new LinkedHashMap<>();
    for (DialogueGroup group : groups) {
      rounds.computeIfAbsent(group.round(), r -> new ArrayList<>()).add(group.members());
    }
    return List.copyOf(rounds.values());
  }

}
