package dk.kreds.application.service;

import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.MoveGroupMemberUseCase;
import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.mixing.GroupShape;
import dk.kreds.domain.mixing.Mixing;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/** Mixes the dialogue groups of a meeting over several rounds, and moves actors between groups on request. */
public final class DialogueGroupsService implements MixDialogueGroupsUseCase, MoveGroupMemberUseCase {

  private final Changes<MeetingId, Meeting> changes;
  private final MixingRequests requests;
  private final LongSupplier ticker;

  /**
   * @param ticker a monotonic nanosecond clock for the search's budget, e.g. {@code System::nanoTime}
   */
  public DialogueGroupsService(Ports ports, LongSupplier ticker) {
    this.changes = new Changes<>(ports.unitOfWork(), ports.meetings()::get, ports.meetings()::save);
    this.requests = new MixingRequests(ports);
    this.ticker = ticker;
  }

  @Override
  public Mixed mix(MixDialogueGroupsUseCase.Command command) {
    return changes.apply(command.meeting(), meeting -> {
      List<Integer> dialogues = dialogueRounds(meeting);
      int count = command.rounds().orElse(dialogues.size());
      RuleViolation.require(count >= 1 && count <= dialogues.size(), Rule.GROUP_ROUND_NOT_DIALOGUE, count);
      List<Integer> rounds = dialogues.subList(0, count);
      int groups = meeting.dialogueRound(rounds.get(0)).groups();
      for (int round : rounds) {
        RuleViolation.require(meeting.dialogueRound(round).groups() == groups, Rule.GROUP_COUNT, meeting.dialogueRound(round).groups());
      }
      command.groups().ifPresent(asked -> RuleViolation.require(asked == groups, Rule.GROUP_COUNT, asked));
      MixingRequest request = requests.request(meeting, new GroupShape.Count(groups), count)
          .withSeed(command.seed())
          .withBudget(command.budget(), Long.MAX_VALUE)
          .withConstraints(command.constraints());
      Mixing mixing = DialogueMixer.mix(request, ticker);
      List<DialogueGroup> formed = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        List<DialogueGroup> round = MixingRequests.numbered(rounds.get(i), mixing.rounds().get(i));
        meeting.formGroups(rounds.get(i), round);
        formed.addAll(round);
      }
      return new Mixed(formed, mixing.quality(), mixing.stoppedBy(), mixing.millis());
    });
  }

  @Override
  public MixingQuality move(MoveGroupMemberUseCase.Command command) {
    return changes.apply(command.meeting(), meeting -> {
      meeting.dialogueRound(command.round());
      List<DialogueGroup> before = groupsOf(meeting, command.round());
      RuleViolation.require(command.group() >= 1 && command.group() <= before.size(), Rule.GROUP_NUMBER, command.group());
      RuleViolation.require(
          before.stream().anyMatch(g -> g.members().contains(command.actor())), Rule.GROUP_MEMBER_ABSENT, command.actor());
      List<DialogueGroup> after = before.stream().map(group -> moved(group, command.actor(), command.group())).toList();
      meeting.formGroups(command.round(), after);
      return quality(meeting, after.size());
    });
  }

  private static DialogueGroup moved(DialogueGroup group, ActorId actor, int to) {
    List<ActorId> members = new ArrayList<>(group.members());
    members.remove(actor);
    if (group.number() == to) {
      members.add(actor);
    }
    return new DialogueGroup(group.round(), group.number(), members, group.notes(), group.challenges());
  }

  /** The quality over every dialogue round that has groups, as many as {@code groups}. */
  private MixingQuality quality(Meeting meeting, int groups) {
    List<List<List<ActorId>>> rounds = dialogueRounds(meeting).stream()
        .map(round -> groupsOf(meeting, round))
        .filter(round -> round.size() == groups)
        .map(round -> round.stream().map(DialogueGroup::members).toList())
        .toList();
    List<Integer> sizes = rounds.get(0).stream().map(List::size).toList();
    return DialogueMixer.assess(requests.request(meeting, new GroupShape.Sizes(sizes), rounds.size()), rounds);
  }

  private static List<DialogueGroup> groupsOf(Meeting meeting, int round) {
    return meeting.groups().stream().filter(g -> g.round() == round).toList();
  }

  /** The agenda positions of the meeting's dialogue rounds, in order. */
  private static List<Integer> dialogueRounds(Meeting meeting) {
    List<Round> agenda = meeting.plan().agenda();
    return IntStream.range(0, agenda.size()).filter(i -> agenda.get(i) instanceof Round.Dialogue).boxed().toList();
  }
}
