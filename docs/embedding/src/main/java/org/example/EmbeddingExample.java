package org.example;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase.Answer;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.RuleViolation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Runs Kreds's use cases over this project's own adapters ({@link MapStore}) and prints what happened. */
public final class EmbeddingExample {

  /** Standard output in UTF-8 whatever the platform's encoding, for æ, ø and å. */
  private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private EmbeddingExample() {}

  public static void main(String[] args) {
    // 1. Wire: your adapters in, every use case out. Time comes from the clock you give.
    Clock clock = Clock.systemDefaultZone();
    Ports ports = new MapStore().ports();
    UseCases kreds = ServiceFactory.create(ports, clock);

    // 2. Call use cases with commands; they check their input and return ids.
    ActorId kooperationen = register(kreds, "Kooperationen", ActorKind.INTEREST_ORGANISATION);
    ActorId sed = register(kreds, "Sociale Entreprenører i Danmark", ActorKind.INTEREST_ORGANISATION);
    ActorId kbh = register(kreds, "KBH+", ActorKind.NETWORK);
    CircleId circle = kreds.createCircle().create(new CreateCircleUseCase.Command(
        "Socialøkonomisk kreds", List.of(kooperationen, sed), Optional.of(new Cadence(6))));
    kreds.addCircleMembers().add(new AddCircleMembersUseCase.Command(circle, List.of(kbh)));

    ZonedDateTime start = ZonedDateTime.now(clock).plusWeeks(4).truncatedTo(ChronoUnit.DAYS).withHour(13);
    MeetingId meeting = kreds.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(
        "Stormøde", new MeetingTime(start, start.plusHours(3)), Venue.of("Kooperationen", "København"),
        Optional.empty(), List.of(kooperationen, sed),
        List.of(new Round.Presentation(), new Round.Dialogue(2, Optional.empty()), new Round.Closing()),
        Optional.of(start.toLocalDate().plusWeeks(3)))));
    kreds.inviteActors().invite(new InviteActorsUseCase.Command(meeting, List.of(kooperationen, sed, kbh)));
    kreds.recordResponse().record(new RecordResponseUseCase.Command(meeting, kooperationen, Answer.ACCEPT));
    kreds.recordResponse().record(new RecordResponseUseCase.Command(meeting, kbh, Answer.DECLINE));

    List<String> names = kreds.listActors().list(new ListActorsUseCase.Command(false)).stream().map(Actor::name).toList();
    OUT.println("Actors, in Danish order: " + String.join(", ", names));
    Meeting stormode = kreds.showMeeting().show(new ShowMeetingUseCase.Command(meeting));
    List<Invitation> invitations = stormode.invitations();
    OUT.printf("Meeting '%s' on %s: %d invited, %d accepted, %d declined%n", stormode.title(),
        stormode.time().date(), invitations.size(),
        invitations.stream().filter(i -> i.response() instanceof Response.Accepted).count(),
        invitations.stream().filter(Invitation::declined).count());

    // 3. A broken rule is a RuleViolation: a stable code, the field and the value, nothing stored.
    try {
      register(kreds, "  kooperationen ", ActorKind.NGO);
    } catch (RuleViolation refused) {
      OUT.printf("Refused: %s (field %s, value '%s')%n", refused.code(), refused.field(), refused.value());
      OUT.println("  in Danish: " + Messages.in(Language.DA).error(refused));
    }

    // 4. A write from a stale version is a StaleWriteException: reload and try again.
    Actor mine = ports.actors().get(kbh);
    Actor theirs = ports.actors().get(kbh);
    theirs.changeProfile(theirs.profile().withRegion("Hovedstaden"));
    ports.actors().save(theirs);
    mine.changeProfile(mine.profile().withRegion("København"));
    try {
      ports.actors().save(mine);
    } catch (StaleWriteException conflict) {
      OUT.println("Conflict on " + conflict.entity() + ": reloaded and saved again");
      Actor fresh = ports.actors().get(kbh);
      kreds.updateActor().update(new UpdateActorUseCase.Command(kbh, fresh.profile().withRegion("København")));
    }
    OUT.println("KBH+ region: " + ports.actors().get(kbh).profile().region().orElse("?"));
  }

  private static ActorId register(UseCases kreds, String name, ActorKind kind) {
    return kreds.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of(name, kind)));
  }
}
