package dk.kreds.application.port.out.contract;

import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Meeting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting with a part of every kind, for storage round trips: invitations with every response
 * (pending, accepted, declined) and attendance (present, absent, unrecorded), written and oral
 * contributions with mentions, two groups with notes and challenges, challenges from a contribution, a
 * group and the plenary, a decision of every kind, an action item with an owner and a done one without,
 * a follow-up, and a write-up published, revised and published again.
 */
final class MeetingWithEveryPart {

  private MeetingWithEveryPart() {}

  /** Saves everything the meeting refers to and returns the meeting, not saved. */
  static Meeting build(ContractData data, Ports ports) {
    ContactPerson anne = data.contact("Anne Worning", "aw@kooperationen.dk");
    ContactPerson per = data.contact("Per Bach", "per@timebank.dk");
    ActorId kooperationen = data.savedActor("Kooperationen", anne).id();
    ActorId sed = data.savedActor("Sociale Entreprenører i Danmark", per).id();
    ActorId kbh = data.savedActor("KBH+", ActorKind.NETWORK).id();
    ActorId bl = data.savedActor("BL – Danmarks Almene Boliger", ActorKind.HOUSING_ASSOCIATION).id();
    ActorId cabi = data.savedActor("CABI", ActorKind.PUBLIC_BODY).id();
    Actor sfi = data.savedActor("SFI – Det Nationale Forskningscenter for Velfærd", ActorKind.RESEARCH);
    Circle circle = data.savedCircle("Kredsen", List.of(kooperationen, sed));
    Meeting next = data.savedMeeting(circle, ContractData.START.plusMonths(6));

    Meeting meeting = data.newMeeting(circle, ContractData.START);
    meeting.invite(kooperationen, List.of(anne.id()), ContractData.daysBefore(28));
    meeting.invite(sed, List.of(per.id()), ContractData.daysBefore(28));
    meeting.invite(kbh, List.of(), ContractData.daysBefore(27));
    meeting.invite(bl, List.of(), ContractData.daysBefore(27));
    meeting.invite(cabi, List.of(), ContractData.daysBefore(26));
    meeting.accept(kooperationen, ContractData.daysBefore(14));
    meeting.accept(sed, ContractData.daysBefore(13));
    meeting.accept(kbh, ContractData.daysBefore(12));
    meeting.decline(bl, ContractData.daysBefore(3));
    meeting.contribute(new Contribution(bl, ContributionForm.WRITTEN, "Vi er de almene boligorganisationer.",
        List.of("Boligsocialt arbejde mangler kapital"), List.of(sfi.id()), ContractData.daysBefore(1)));

    meeting.recordAttendance(kooperationen, Attendance.PRESENT, ContractData.minutesIn(5));
    meeting.recordAttendance(sed, Attendance.PRESENT, ContractData.minutesIn(5));
    meeting.recordAttendance(kbh, Attendance.ABSENT, ContractData.minutesIn(6));
    meeting.recordAttendance(bl, Attendance.ABSENT, ContractData.minutesIn(6));
    meeting.contribute(new Contribution(sed, ContributionForm.ORAL, "Vi samler sociale entreprenører.", List.of(),
        List.of(), ContractData.minutesIn(15)));
    meeting.formGroups(1, List.of(
        new DialogueGroup(1, 1, List.of(kooperationen), Optional.empty(), List.of()),
        new DialogueGroup(1, 2, List.of(sed), Optional.empty(), List.of("Lovgivningen halter"))));
    meeting.recordGroupNotes(1, 1, "Finansiering og synlighed");
    meeting.recordChallenge(new Challenge("Kommunerne køber sjældent ind", new ChallengeSource.InContribution(bl)));
    meeting.recordChallenge(new Challenge("Synlighed", new ChallengeSource.InGroup(1, 1)));
    meeting.recordChallenge(new Challenge("Koordinering i feltet", new ChallengeSource.InPlenary()));
    meeting.decide(new Decision("Vi mødes igen hvert halve år", DecisionKind.CONSENSUS));
    meeting.decide(new Decision("Kredsen suppleres med relevante deltagere", DecisionKind.MAJORITY));
    meeting.decide(new Decision("Et fælles sekretariat blev drøftet", DecisionKind.NOTED));
    meeting.addActionItem(new ActionItem(ports.meetings().nextActionItemId(), "Skriv sammenskrivningen",
        Optional.of(new ContactRef(sed, per.id())), LocalDate.of(2014, 12, 15), Optional.empty()));
    ActionItem linkedIn = new ActionItem(ports.meetings().nextActionItemId(), "Opret LinkedIn-gruppen", Optional.empty(),
        ContractData.DAY.plusDays(7), Optional.empty());
    meeting.addActionItem(linkedIn);
    meeting.completeActionItem(linkedIn.id(), ContractData.DAY.plusDays(2));
    meeting.scheduleFollowUp(new FollowUp(next.id(), next.time().date(), List.of(kooperationen, sed), List.of(sfi.id())));
    meeting.writeUp();
    meeting.publish(LocalDate.of(2014, 12, 12));
    meeting.revise();
    meeting.publish(LocalDate.of(2014, 12, 19));
    return meeting;
  }
}
