package dk.kreds.application.port.out.contract;

import static dk.kreds.application.port.out.contract.ContractData.START;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MeetingRepository} does, whatever stores it. */
public abstract class MeetingRepositoryContract extends PortsContract {

  private MeetingRepository meetings() {
    return ports.meetings();
  }

  @Test
  void givenMeetingWithEveryPart_whenSavedAndFound_thenSameStateAtVersionOne() {
    Meeting meeting = MeetingWithEveryPart.build(data, ports);

    meetings().save(meeting);

    Meeting found = meetings().find(meeting.id()).orElseThrow();
    assertThat(found.state()).isEqualTo(atVersion(meeting.state(), 1));
    assertThat(found.invitations()).extracting(Invitation::response).hasAtLeastOneElementOfType(Response.Pending.class)
        .hasAtLeastOneElementOfType(Response.Accepted.class).hasAtLeastOneElementOfType(Response.Declined.class);
    assertThat(found.status()).isEqualTo(MeetingStatus.PUBLISHED);
    assertThat(found.revision()).isEqualTo(1);
    assertThat(found.publishedOn()).contains(LocalDate.of(2014, 12, 19));
  }

  @Test
  void givenStoredMeeting_whenChangedAndSavedAgain_thenVersionRisesByOne() {
    Meeting stored = data.savedMeeting(data.savedCircle(), START);
    stored.cancel();

    meetings().save(stored);

    assertThat(meetings().get(stored.id()).state()).isEqualTo(atVersion(stored.state(), 2));
  }

  @Test
  void givenMeetingInAnotherZone_whenSavedAndFound_thenTheSameZoneAndInstant() {
    Circle circle = data.savedCircle();
    Meeting meeting = data.newMeeting(circle, START.withZoneSameInstant(ZoneId.of("America/Nuuk")));

    meetings().save(meeting);

    assertThat(meetings().get(meeting.id()).time()).isEqualTo(meeting.time());
  }

  @Test
  void givenInstantWithNanoseconds_whenSaved_thenItRoundTripsExactly() {
    Circle circle = data.savedCircle();
    ActorId convener = circle.conveners().get(0);
    Meeting meeting = data.newMeeting(circle, START);
    Instant precise = Instant.parse("2014-10-28T09:15:30.123456789Z");
    meeting.invite(convener, List.of(), precise);

    meetings().save(meeting);

    assertThat(meetings().get(meeting.id()).invitation(convener).invitedAt()).isEqualTo(precise);
  }

  @Test
  void givenUnknownId_whenFinding_thenEmpty() {
    data.savedMeeting(data.savedCircle(), START);

    assertThat(meetings().find(meetings().nextId())).isEmpty();
  }

  @Test
  void givenUnknownId_whenGetting_thenMeetingNotFound() {
    MeetingId unknown = meetings().nextId();

    ContractData.assertNotFound("meeting.not-found", unknown, () -> meetings().get(unknown));
  }

  @Test
  void givenMeetingsSavedOutOfOrder_whenFindingAll_thenEarliestStartFirst() {
    Circle circle = data.savedCircle();
    Meeting later = data.savedMeeting(circle, START.plusMonths(6));
    Meeting earliest = data.savedMeeting(circle, START.minusMonths(6));
    Meeting middle = data.savedMeeting(circle, START);

    assertThat(meetings().findAll()).extracting(Meeting::id).containsExactly(earliest.id(), middle.id(), later.id());
  }

  @Test
  void givenMeetingsInTwoZones_whenFindingAll_thenOrderedByInstantNotByLocalTime() {
    Circle circle = data.savedCircle();
    Meeting nuukAtTen = data.savedMeeting(circle, START.withZoneSameLocal(ZoneId.of("America/Nuuk")).withHour(10));
    Meeting copenhagenAtOne = data.savedMeeting(circle, START);

    assertThat(meetings().findAll()).extracting(Meeting::id).containsExactly(copenhagenAtOne.id(), nuukAtTen.id());
  }

  @Test
  void givenMeetingsOfTwoCircles_whenFindingByCircle_thenOnlyThatCirclesEarliestFirst() {
    Circle circle = data.savedCircle();
    Circle other = data.savedCircle("Den jyske kreds", List.of(data.savedActor("Socialøkonomi Nordjylland", ActorKind.NETWORK).id()));
    Meeting spring = data.savedMeeting(circle, START.plusMonths(6));
    data.savedMeeting(other, START);
    Meeting autumn = data.savedMeeting(circle, START);

    assertThat(meetings().findByCircle(circle.id())).extracting(Meeting::id).containsExactly(autumn.id(), spring.id());
  }

  @Test
  void givenCircleWithoutMeetings_whenFindingByCircle_thenEmpty() {
    data.savedMeeting(data.savedCircle(), START);
    Circle quiet = data.savedCircle("Den stille kreds", List.of(data.savedActor("CABI", ActorKind.PUBLIC_BODY).id()));

    assertThat(meetings().findByCircle(quiet.id())).isEmpty();
  }

  @Test
  void givenActorInvitedToTwoOfThreeMeetings_whenFindingByInvitee_thenThoseTwoEarliestFirst() {
    Circle circle = data.savedCircle();
    ActorId kbh = data.savedActor("KBH+", ActorKind.NETWORK).id();
    Meeting spring = data.savedMeeting(circle, START.plusMonths(6));
    Meeting autumn = data.savedMeeting(circle, START);
    data.savedMeeting(circle, START.plusMonths(12));
    for (Meeting meeting : List.of(spring, autumn)) {
      meeting.invite(kbh, List.of(), START.minusDays(30).toInstant());
      meetings().save(meeting);
    }

    assertThat(meetings().findByInvitee(kbh)).extracting(Meeting::id).containsExactly(autumn.id(), spring.id());
  }

  @Test
  void givenActorNeverInvited_whenFindingByInvitee_thenEmpty() {
    data.savedMeeting(data.savedCircle(), START);
    ActorId outsider = data.savedActor("CABI", ActorKind.PUBLIC_BODY).id();

    assertThat(meetings().findByInvitee(outsider)).isEmpty();
  }

  @Test
  void givenTwoCopiesOfOneVersion_whenBothAreSaved_thenTheSecondIsStaleAndNotApplied() {
    Meeting stored = data.savedMeeting(data.savedCircle(), START);
    Meeting first = meetings().get(stored.id());
    Meeting second = meetings().get(stored.id());
    first.promiseWriteUpBy(LocalDate.of(2014, 12, 1));
    meetings().save(first);
    Meeting.State afterFirst = meetings().get(stored.id()).state();
    second.cancel();

    ContractData.assertStale("meeting", stored.id(), () -> meetings().save(second), () -> meetings().get(stored.id()).state(), afterFirst);
  }

  @Test
  void givenStoredMeeting_whenSavingANewMeetingWithItsId_thenStaleAndNotApplied() {
    Meeting stored = data.savedMeeting(data.savedCircle(), START);
    Meeting impostor = Meeting.plan(stored.id(), stored.circle(), ContractData.plan(stored.plan().conveners(), "Et andet møde", START));

    ContractData.assertStale("meeting", stored.id(), () -> meetings().save(impostor), () -> meetings().get(stored.id()).state(), stored.state());
  }

  @Test
  void givenDanishAndDecomposedText_whenSavedAndFound_thenExactlyTheNormalisedText() {
    Circle circle = data.savedCircle();
    Meeting meeting = Meeting.plan(meetings().nextId(), circle.id(),
        ContractData.plan(circle.conveners(), "Stormøde på A\u030Arø – «æøå» ÆØÅ 😀", START));
    meeting.invite(circle.conveners().get(0), List.of(), START.minusDays(1).toInstant());
    meeting.recordAttendance(circle.conveners().get(0), Attendance.PRESENT, START.toInstant());
    meeting.decide(new Decision("Enighed om at mødes på Ærø i maj – også når det blæser", DecisionKind.CONSENSUS));

    meetings().save(meeting);

    Meeting found = meetings().get(meeting.id());
    assertThat(found.title()).isEqualTo("Stormøde på Årø – «æøå» ÆØÅ 😀");
    assertThat(found.plan().venue().city()).contains("København");
    assertThat(found.state()).isEqualTo(atVersion(meeting.state(), 1));
  }

  @Test
  void givenMeetingWithoutOptionalParts_whenSavedAndFound_thenTheyStayEmpty() {
    Circle circle = data.savedCircle();
    Meeting meeting = Meeting.plan(meetings().nextId(), circle.id(), new MeetingPlan(
        "Formøde", new MeetingTime(START, START.plusHours(1)),
        new Venue("Online", Optional.empty()), Optional.empty(), circle.conveners(), List.of(),
        Optional.empty()));

    meetings().save(meeting);

    assertThat(meetings().get(meeting.id()).state()).isEqualTo(atVersion(meeting.state(), 1));
  }

  private static Meeting.State atVersion(Meeting.State s, long version) {
    return new Meeting.State(s.id(), version, s.circle(), s.plan(), s.status(), s.revision(), s.publishedOn(),
        s.invitations(), s.contributions(), s.groups(), s.plenaryChallenges(), s.decisions(), s.actionItems(), s.followUp());
  }
}
