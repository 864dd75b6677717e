package dk.kreds.domain.testdata;

import static dk.kreds.domain.testdata.Instants.MEETING_END;
import static dk.kreds.domain.testdata.Instants.MEETING_START;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Meetings like the Stormøde of 25 November 2014, brought to a given point of their life. The agenda is
 * a presentation round, a dialogue round in {@value #GROUPS} groups at position {@value #DIALOGUE_ROUND}
 * and a closing round; the conveners are Kooperationen and Sociale Entreprenører i Danmark.
 */
public final class Meetings {

  public static final MeetingId MEETING = new MeetingId(UUID.fromString("00000000-0000-0000-0000-000000002014"));
  /** The follow-up meeting, half a year later. */
  public static final MeetingId NEXT_MEETING = new MeetingId(UUID.fromString("00000000-0000-0000-0000-000000002015"));
  public static final MeetingTime TIME = new MeetingTime(MEETING_START, MEETING_END);
  public static final Venue VENUE = Venue.of("Kooperationen", "København");
  public static final List<ActorId> CONVENERS = List.of(Actors.KOOPERATIONEN, Actors.SOCIALE_ENTREPRENOERER);
  /** The agenda position of the dialogue round. */
  public static final int DIALOGUE_ROUND = 1;
  /** How many groups the dialogue round has, unless a test asks for another number. */
  public static final int GROUPS = 3;

  private Meetings() {}

  /** The plan of the reference meeting, with a dialogue round of {@code groups} groups. */
  public static MeetingPlan plan(int groups) {
    return new MeetingPlan(
        "Stormøde for aktører i det socialøkonomiske felt", TIME, VENUE, Optional.of("Overblik over feltet"),
        CONVENERS, agenda(groups), Optional.empty());
  }

  /** Presentation, dialogue in {@code groups} groups, closing. */
  public static List<Round> agenda(int groups) {
    return List.of(new Round.Presentation(), new Round.Dialogue(groups, Optional.of("Feltets udfordringer")), new Round.Closing());
  }

  /** A planned meeting: nobody invited yet. */
  public static Meeting planned() {
    return planned(GROUPS);
  }

  /** A planned meeting whose dialogue round has {@code groups} groups. */
  public static Meeting planned(int groups) {
    return Meeting.plan(MEETING, Circles.CIRCLE, plan(groups));
  }

  /** A meeting with invitations out to {@code actors}, sent four weeks ahead. */
  public static Meeting invited(List<ActorId> actors) {
    return invite(planned(), actors);
  }

  /** Invites {@code actors} to {@code meeting} four weeks ahead, and returns it. */
  public static Meeting invite(Meeting meeting, List<ActorId> actors) {
    actors.forEach(actor -> meeting.invite(actor, List.of(), Instants.daysBefore(28)));
    return meeting;
  }

  /** A held meeting: {@code present} and {@code absent} were invited, and their attendance recorded. */
  public static Meeting held(List<ActorId> present, List<ActorId> absent) {
    return hold(planned(), present, absent);
  }

  /** Invites {@code present} and {@code absent} to {@code meeting}, records who came, and returns it. */
  public static Meeting hold(Meeting meeting, List<ActorId> present, List<ActorId> absent) {
    invite(meeting, present);
    invite(meeting, absent);
    return attend(meeting, present, absent);
  }

  /** Records five minutes into {@code meeting} that {@code present} came and {@code absent} did not. */
  public static Meeting attend(Meeting meeting, List<ActorId> present, List<ActorId> absent) {
    present.forEach(actor -> meeting.recordAttendance(actor, Attendance.PRESENT, Instants.minutesAfterStart(5)));
    absent.forEach(actor -> meeting.recordAttendance(actor, Attendance.ABSENT, Instants.minutesAfterStart(5)));
    return meeting;
  }

  /** A meeting whose write-up is published on the promised day, mid-December 2014. */
  public static Meeting published(List<ActorId> present, List<ActorId> absent) {
    Meeting meeting = held(present, absent);
    meeting.writeUp();
    meeting.publish(Instants.WRITE_UP_DUE);
    return meeting;
  }

  /**
   * A written-up meeting with a part of every kind, e.g. for storage round trips. Kooperationen, Sociale
   * Entreprenører i Danmark and KBH+ accepted and came; Socialøkonomi Nordjylland accepted but stayed
   * away; BL declined and wrote. Each came to one of three groups; there are challenges from a
   * contribution, a group and the plenary, two decisions, two action items (one done) and a follow-up.
   */
  public static Meeting complete() {
    ActorId kbhPlus = Actors.id("KBH+");
    ActorId nordjylland = Actors.id("Socialøkonomi Nordjylland");
    ActorId bl = Actors.id("BL – Danmarks Almene Boliger");
    List<ActorId> present = List.of(Actors.KOOPERATIONEN, Actors.SOCIALE_ENTREPRENOERER, kbhPlus);
    Meeting meeting = planned();
    meeting.promiseWriteUpBy(Instants.WRITE_UP_DUE);
    invite(meeting, present);
    invite(meeting, List.of(nordjylland, bl));
    present.forEach(actor -> meeting.accept(actor, Instants.daysBefore(14)));
    meeting.accept(nordjylland, Instants.daysBefore(10));
    meeting.decline(bl, Instants.daysBefore(3));
    meeting.contribute(writtenContribution(bl));
    attend(meeting, present, List.of(nordjylland, bl));
    meeting.contribute(oralContribution(kbhPlus));
    meeting.formGroups(DIALOGUE_ROUND, dealt(GROUPS, present));
    meeting.recordGroupNotes(DIALOGUE_ROUND, 1, "Finansiering og synlighed");
    meeting.recordChallenge(new Challenge("Lovgivningen halter", new ChallengeSource.InContribution(bl)));
    meeting.recordChallenge(new Challenge("Synlighed", new ChallengeSource.InGroup(DIALOGUE_ROUND, 1)));
    meeting.recordChallenge(new Challenge("Koordinering i feltet", new ChallengeSource.InPlenary()));
    meeting.decide(new Decision("Vi mødes igen hvert halve år", DecisionKind.CONSENSUS));
    meeting.decide(new Decision("Kredsen suppleres med relevante deltagere", DecisionKind.CONSENSUS));
    meeting.addActionItem(actionItem("Skriv sammenskrivningen", Instants.WRITE_UP_DUE));
    ActionItem channel = actionItem("Opret LinkedIn-gruppen", Instants.daysAfterMeeting(7));
    meeting.addActionItem(channel);
    meeting.completeActionItem(channel.id(), Instants.daysAfterMeeting(2));
    meeting.scheduleFollowUp(new FollowUp(NEXT_MEETING, Instants.MEETING_DAY.plusMonths(6), present, List.of()));
    meeting.writeUp();
    return meeting;
  }

  /** A written contribution of {@code actor}, sent the day before: a self-presentation and one challenge. */
  public static Contribution writtenContribution(ActorId actor) {
    return contribution(actor, ContributionForm.WRITTEN, Instants.daysBefore(1));
  }

  /** An oral contribution of {@code actor} in the presentation round. */
  public static Contribution oralContribution(ActorId actor) {
    return contribution(actor, ContributionForm.ORAL, Instants.minutesAfterStart(15));
  }

  private static Contribution contribution(ActorId actor, ContributionForm form, Instant received) {
    return new Contribution(actor, form, "Vi arbejder med socialøkonomi.", List.of("Adgang til kapital"), List.of(), received);
  }

  /** An action item without owner, due on {@code due}; its id is derived from {@code description}. */
  public static ActionItem actionItem(String description, LocalDate due) {
    ActionItemId id = new ActionItemId(UUID.nameUUIDFromBytes(description.getBytes(StandardCharsets.UTF_8)));
    return new ActionItem(id, description, Optional.empty(), due, Optional.empty());
  }

  /** The present actors dealt in turn into groups 1, 2, 3 … of the dialogue round. */
  public static List<DialogueGroup> dealt(int groups, List<ActorId> present) {
    List<DialogueGroup> dealt = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<ActorId> members = new ArrayList<>();
      for (int i = g; i < present.size(); i += groups) {
        members.add(present.get(i));
      }
      dealt.add(new DialogueGroup(DIALOGUE_ROUND, g + 1, members, Optional.empty(), List.of()));
    }
    return dealt;
  }
}
