package dk.kreds.application.service;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.mixing.GroupShape;
import dk.kreds.domain.mixing.MixingRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records what happens at and around a meeting: attendance, contributions, groups, challenges, decisions, actions. */
public final class MeetingOutcomeService
    implements RecordAttendanceUseCase, RecordContributionUseCase, FormDialogueGroupsUseCase, RecordChallengeUseCase,
        RecordDecisionUseCase, AddActionItemUseCase, CompleteActionItemUseCase {

  private final ActorRepository actors;
  private final MeetingRepository meetings;
  private final Clock clock;
  private final Changes<MeetingId, Meeting> changes;
  private final MixingRequests mixing;

  public MeetingOutcomeService(Ports ports, Clock clock) {
    this.actors = ports.actors();
    this.meetings = ports.meetings();
    this.clock = clock;
    this.changes = new Changes<>(ports.unitOfWork(), meetings::get, meetings::save);
    this.mixing = new MixingRequests(ports);
  }

  @Override
  public void record(RecordAttendanceUseCase.Command command) {
    changes.run(command.meeting(), meeting ->
        command.attendance().forEach((actor, attendance) -> meeting.recordAttendance(actor, attendance, clock.instant())));
  }

  @Override
  public void record(RecordContributionUseCase.Command command) {
    changes.run(command.meeting(), meeting -> {
      command.mentions().forEach(actors::get);
      meeting.contribute(new Contribution(
          command.actor(), command.form(), command.selfPresentation(), command.challenges(), command.mentions(),
          clock.instant()));
    });
  }

  @Override
  public List<DialogueGroup> form(FormDialogueGroupsUseCase.Command command) {
    return changes.apply(command.meeting(), meeting -> {
      List<DialogueGroup> groups = command.members()
          .map(members -> MixingRequests.numbered(command.round(), members))
          .orElseGet(() -> mixed(meeting, command.round()));
      meeting.formGroups(command.round(), groups);
      return groups;
    });
  }

  @Override
  public void record(RecordChallengeUseCase.Command command) {
    changes.run(command.meeting(), meeting -> meeting.recordChallenge(command.challenge()));
  }

  @Override
  public void record(RecordDecisionUseCase.Command command) {
    changes.run(command.meeting(), meeting -> meeting.decide(command.decision()));
  }

  @Override
  public ActionItemId add(AddActionItemUseCase.Command command) {
    return changes.apply(command.meeting(), meeting -> {
      command.owner().ifPresent(actors::get);
      ActionItem item = new ActionItem(
          meetings.nextActionItemId(), command.description(), command.owner(), command.due(), Optional.empty());
      meeting.addActionItem(item);
      return item.id();
    });
  }

  @Override
  public void complete(CompleteActionItemUseCase.Command command) {
    changes.run(command.meeting(), meeting -> meeting.completeActionItem(command.item(), meeting.time().dayAt(clock.instant())));
  }

  private List<DialogueGroup> mixed(Meeting meeting, int round) {
    MixingRequest request = mixing.request(meeting, new GroupShape.Count(meeting.dialogueRound(round).groups()), 1)
        .withBudget(MixingRequest.DEFAULT_BUDGET, MixingRequests.FORM_STEPS);
    return MixingRequests.numbered(round, DialogueMixer.mix(request, System::nanoTime).rounds().get(0));
  }
}
