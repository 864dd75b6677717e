package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.Requests.required;

import dk.kreds.adapter.web.ContactApi.PersonRef;
import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.MoveGroupMemberUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.mixing.StopReason;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a held meeting comes to: dialogue groups mixed over several rounds and a person moved, challenges,
 * decisions, action items, the follow-up, and a published write-up reopened for revision.
 */
final class OutcomeApi {

  private final UseCases useCases;

  OutcomeApi(UseCases useCases) {
    this.useCases = useCases;
  }

  void register(ApiRoutes routes) {
    routes.change(HandlerType.POST, "/meetings/{meeting}/groups/mix",
        "Mix the present actors into the groups of the first dialogue rounds (all when rounds is left out)",
        MixRequest.class, MixedView.class, ApiRoutes.CHANGE_ERRORS, this::mix);
    routes.change(HandlerType.POST, "/meetings/{meeting}/groups/move",
        "Move an actor to another group of a dialogue round; answers the groups' quality after the move",
        MoveRequest.class, MixingQuality.class, ApiRoutes.CHANGE_ERRORS, this::move);
    routes.change(HandlerType.POST, "/meetings/{meeting}/challenges", "Record a challenge where it was raised",
        ChallengeView.class, null, ApiRoutes.CHANGE_ERRORS,
        ApiRoutes.withBody(Routes::meeting, ChallengeView.class, (meeting, request) ->
            useCases.recordChallenge().record(new RecordChallengeUseCase.Command(meeting, request.challenge()))));
    routes.change(HandlerType.POST, "/meetings/{meeting}/decisions", "Record a decision", DecisionRequest.class, null,
        ApiRoutes.CHANGE_ERRORS, ApiRoutes.withBody(Routes::meeting, DecisionRequest.class, (meeting, request) ->
            useCases.recordDecision().record(new RecordDecisionUseCase.Command(meeting,
                new Decision(required(request.text(), "text"), required(request.kind(), "kind"))))));
    routes.create("/meetings/{meeting}/action-items", "Add an action item with an owner and a due date",
        ActionItemRequest.class, Created.class, ApiRoutes.CHANGE_ERRORS, this::addActionItem);
    routes.change(HandlerType.POST, "/meetings/{meeting}/action-items/{item}/complete",
        "Mark an action item done today", null, null, List.of(404, 409, 422), ctx -> {
          useCases.completeActionItem().complete(
              new CompleteActionItemUseCase.Command(Routes.meeting(ctx), Routes.item(ctx)));
          ctx.status(204);
        });
    routes.change(HandlerType.POST, "/meetings/{meeting}/follow-up",
        "Plan the circle's next meeting from this one, on the date given or after the circle's cadence",
        FollowUpRequest.class, FollowUp.class, ApiRoutes.CHANGE_ERRORS, this::followUp);
    routes.change(HandlerType.POST, "/meetings/{meeting}/write-up/revise",
        "Reopen a published write-up for changes; it is published again as a new revision", null, null,
        List.of(404, 409, 422), ctx -> {
          useCases.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(Routes.meeting(ctx)));
          ctx.status(204);
        });
  }

  private void mix(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    MixRequest request = Json.read(ctx, MixRequest.class);
    MixDialogueGroupsUseCase.Mixed mixed = useCases.mixDialogueGroups().mix(new MixDialogueGroupsUseCase.Command(
        meeting, Optional.ofNullable(request.rounds()), Optional.ofNullable(request.groups()),
        request.seed() == null ? 1 : request.seed(), MixingRequest.DEFAULT_BUDGET, List.of()));
    Json.respond(ctx, 200, new MixedView(mixed.groups().stream().map(MeetingApi.GroupView::of).toList(),
        mixed.quality(), mixed.stoppedBy(), mixed.millis()));
  }

  private void move(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    MoveRequest request = Json.read(ctx, MoveRequest.class);
    Json.respond(ctx, 200, useCases.moveGroupMember().move(new MoveGroupMemberUseCase.Command(meeting,
        required(request.round(), "round"), new ActorId(required(request.actor(), "actor")),
        required(request.group(), "group"))));
  }

  private void addActionItem(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    ActionItemRequest request = Json.read(ctx, ActionItemRequest.class);
    ActionItemId id = useCases.addActionItem().add(new AddActionItemUseCase.Command(meeting,
        required(request.description(), "description"), Optional.ofNullable(request.owner()).map(PersonRef::ref),
        required(request.due(), "due")));
    Json.respond(ctx, 201, new Created(id.value()));
  }

  private void followUp(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    FollowUpRequest request = Json.read(ctx, FollowUpRequest.class);
    Json.respond(ctx, 200, useCases.scheduleFollowUp().schedule(
        new ScheduleFollowUpUseCase.Command(meeting, Optional.ofNullable(request.date()))));
  }

  /** How many dialogue rounds to mix (all when left out), the number of groups to check, the search's seed (1). */
  record MixRequest(Integer rounds, Integer groups, Long seed) {}

  /** The groups of every mixed round, their quality, why the search stopped and how long it took. */
  record MixedView(List<MeetingApi.GroupView> groups, MixingQuality quality, StopReason stoppedBy, long millis) {}

  /** Who moves: the dialogue round's agenda position (from 0), the actor, the group it moves to (from 1). */
  record MoveRequest(Integer round, UUID actor, Integer group) {}

  /** A decision and how it was reached. */
  record DecisionRequest(String text, DecisionKind kind) {}

  /** An action item: what, by when, and the contact person who sees to it (optional). */
  record ActionItemRequest(String description, PersonRef owner, LocalDate due) {}

  /** The follow-up's day; left out for the day the circle's cadence gives. */
  record FollowUpRequest(LocalDate date) {}

  /** A challenge and where it was raised, as sent and as shown. */
  record ChallengeView(String text, Source source) {

    Challenge challenge() {
      return new Challenge(required(text, "text"), required(source, "source").source());
    }

    static ChallengeView of(Challenge challenge) {
      return new ChallengeView(challenge.text(), Source.of(challenge.source()));
    }
  }

  /**
   * Where a challenge was raised: {@code kind} is {@code plenary}, {@code group} (with {@code round}, the
   * agenda position from 0, and {@code group}, from 1) or {@code contribution} (with {@code actor}).
   */
  record Source(String kind, Integer round, Integer group, UUID actor) {

    ChallengeSource source() {
      return switch (required(kind, "source.kind")) {
        case "plenary" -> new ChallengeSource.InPlenary();
        case "group" -> new ChallengeSource.InGroup(required(round, "source.round"), required(group, "source.group"));
        case "contribution" -> new ChallengeSource.InContribution(new ActorId(required(actor, "source.actor")));
        default -> throw HttpRefusal.badRequest("json.value", "source.kind", kind);
      };
    }

    static Source of(ChallengeSource source) {
      if (source instanceof ChallengeSource.InGroup inGroup) {
        return new Source("group", inGroup.round(), inGroup.group(), null);
      }
      if (source instanceof ChallengeSource.InContribution contribution) {
        return new Source("contribution", null, null, contribution.actor().value());
      }
      return new Source("plenary", null, null, null);
    }
  }
}
