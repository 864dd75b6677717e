package dk.kreds.application.service;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.LoadReferenceScenarioUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase.Answer;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.DanishTime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays the Stormøde of 25 November 2014 through the use cases, on a clock that walks from the
 * invitations to the published write-up. Facts from the source page are kept exactly; the rest is
 * illustrative and listed in {@link ReferenceScenario#illustrative()} (as message keys).
 */
public final class ReferenceScenarioService implements LoadReferenceScenarioUseCase {

  /** What the scenario invents where the page is silent; each key names a text in the messages. */
  static final List<String> ILLUSTRATIVE = List.of(
      "kinds-regions-activities", "who-came", "contributions", "groups", "meeting-hours", "dates-before-and-after",
      "action-item", "theme", "mentions");

  private final Ports ports;

  public ReferenceScenarioService(Ports ports) {
    this.ports = ports;
  }

  /** The circle the scenario creates; finding it by this name makes loading the scenario again a no-op. */
  static final String CIRCLE_NAME = "Kredsen af aktører i det socialøkonomiske felt";

  static final String MEETING_TITLE = "Stormøde for aktører i det socialøkonomiske felt i Danmark";

  /** Replays the scenario, or returns the one replayed before into the same store. */
  @Override
  public ReferenceScenario load() {
    return ports.unitOfWork().inTransaction(() -> loaded().orElseGet(this::replay));
  }

  private Optional<ReferenceScenario> loaded() {
    return ports.circles().findAll().stream()
        .filter(circle -> circle.name().equals(CIRCLE_NAME))
        .flatMap(circle -> ports.meetings().findByCircle(circle.id()).stream())
        .filter(meeting -> meeting.title().equals(MEETING_TITLE))
        .findFirst()
        .map(meeting -> new ReferenceScenario(meeting.circle(), meeting.id(), ILLUSTRATIVE));
  }

  private ReferenceScenario replay() {
    MovableClock clock = new MovableClock(at(2014, 10, 1, 9));
    UseCases use = ServiceFactory.create(ports, clock);
    Map<String, ActorId> actors = new LinkedHashMap<>();
    for (StormodeData.Entry entry : StormodeData.ACTORS) {
      ActorProfile profile = ActorProfile.of(entry.name(), entry.kind())
          .withRegion(entry.region())
          .withActivities(entry.activities())
          .withParent(entry.parent() == null ? null : actors.get(entry.parent()));
      actors.put(entry.name(), use.registerActor().register(new RegisterActorUseCase.Command(profile)));
    }
    ActorId kooperationen = actors.get(StormodeData.KOOPERATIONEN);
    ActorId sed = actors.get(StormodeData.SOCIALE_ENTREPRENOERER);
    ContactRef per = person(use, sed, "Per Bach", "per@timebank.dk");
    ContactRef anne = person(use, kooperationen, "Anne Worning", "aw@kooperationen.dk");

    List<ActorId> invited = StormodeData.INVITED.stream().map(actors::get).toList();
    CircleId circle = use.createCircle().create(new CreateCircleUseCase.Command(
        CIRCLE_NAME, List.of(kooperationen, sed), Optional.empty()));
    use.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, invited));

    MeetingId meeting = use.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(
        MEETING_TITLE,
        new MeetingTime(at(2014, 11, 25, 13), at(2014, 11, 25, 16)),
        Venue.of("Kooperationen", "København"),
        Optional.of(StormodeData.PURPOSE),
        List.of(kooperationen, sed),
        List.of(new Round.Presentation(), new Round.Dialogue(3, Optional.of("Udfordringerne for socialøkonomien")),
            new Round.Closing()),
        Optional.of(LocalDate.of(2014, 12, 15)))));

    clock.set(at(2014, 10, 15, 10));
    use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, invited));

    clock.set(at(2014, 11, 14, 12));
    for (ActorId actor : invited) {
      boolean comes = !StormodeData.ABSENT.contains(nameOf(actors, actor));
      use.recordResponse().record(new RecordResponseUseCase.Command(meeting, actor, comes ? Answer.ACCEPT : Answer.DECLINE));
    }

    clock.set(at(2014, 11, 21, 12));
    for (StormodeData.Written written : StormodeData.CONTRIBUTIONS) {
      use.recordContribution().record(new RecordContributionUseCase.Command(
          meeting, actors.get(written.actor()), ContributionForm.WRITTEN, written.presentation(), written.challenges(),
          written.mentions().stream().map(actors::get).toList()));
    }

    clock.set(at(2014, 11, 25, 13).plusMinutes(5));
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    invited.forEach(actor -> attendance.put(actor,
        StormodeData.ABSENT.contains(nameOf(actors, actor)) ? Attendance.ABSENT : Attendance.PRESENT));
    use.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, attendance));

    clock.set(at(2014, 11, 25, 14));
    List<DialogueGroup> groups = use.formDialogueGroups().form(new FormDialogueGroupsUseCase.Command(meeting, 1, Optional.empty()));
    for (DialogueGroup group : groups) {
      for (String challenge : StormodeData.GROUP_CHALLENGES.get(group.number() - 1)) {
        use.recordChallenge().record(new RecordChallengeUseCase.Command(
            meeting, new Challenge(challenge, new ChallengeSource.InGroup(group.round(), group.number()))));
      }
    }

    clock.set(at(2014, 11, 25, 15).plusMinutes(30));
    use.recordDecision().record(new RecordDecisionUseCase.Command(meeting, new Decision(StormodeData.DECISION_MEET_AGAIN, DecisionKind.CONSENSUS)));
    use.recordDecision().record(new RecordDecisionUseCase.Command(meeting, new Decision(StormodeData.DECISION_SUPPLEMENT, DecisionKind.CONSENSUS)));
    use.setCadence().set(new SetCadenceUseCase.Command(circle, new Cadence(6)));
    use.setWorkingGroup().set(new SetWorkingGroupUseCase.Command(circle, List.of(per, anne)));
    use.setChannel().set(new SetChannelUseCase.Command(circle, new DiscussionChannel("Socialøkonomisk Netværk", Optional.empty())));
    use.addActionItem().add(new AddActionItemUseCase.Command(
        meeting, "Sammenskrivning fra mødet lægges på siden", Optional.of(per), LocalDate.of(2014, 12, 15)));
    use.scheduleFollowUp().schedule(new ScheduleFollowUpUseCase.Command(meeting, Optional.empty()));

    clock.set(at(2014, 11, 27, 10));
    use.postDiscussionTheme().post(new PostDiscussionThemeUseCase.Command(
        circle, "Opsamling fra Stormødet", "Tak for et godt møde. Hvilke fælles tiltag skal vi tage op først?", anne));

    clock.set(at(2014, 12, 12, 10));
    use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(meeting));
    use.publishWriteUp().publish(new PublishWriteUpUseCase.Command(meeting));
    return new ReferenceScenario(circle, meeting, ILLUSTRATIVE);
  }

  private static ContactRef person(UseCases use, ActorId actor, String name, String email) {
    return use.addContactPerson().add(new AddContactPersonUseCase.Command(actor, new ContactDetails(
        name, Optional.empty(), Optional.of(new Email(email)), Optional.empty(),
        new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, at(2014, 10, 1, 9).toInstant()))));
  }

  private static String nameOf(Map<String, ActorId> actors, ActorId id) {
    return actors.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
  }

  /** Danish time ({@link DanishTime}, looked up on first use: every run builds this service). */
  private static ZonedDateTime at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, DanishTime.ZONE);
  }
}
