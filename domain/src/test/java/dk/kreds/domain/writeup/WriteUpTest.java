package dk.kreds.domain.writeup;

import static dk.kreds.domain.testdata.Actors.actor;
import static dk.kreds.domain.testdata.Actors.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.testdata.Circles;
import dk.kreds.domain.testdata.Instants;
import dk.kreds.domain.testdata.Meetings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The write-up of the complete reference meeting, its circle and its actors. */
class WriteUpTest {

  private static final ContactPerson PER = contact("Per Bach", "per@timebank.dk");
  private static final ContactPerson ANNE = contact("Anne Worning", "aw@kooperationen.dk");

  private final Actor kooperationen = actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
  private final Actor seid = actor("Sociale Entreprenører i Danmark", ActorKind.NGO);
  private final Map<ActorId, Actor> actors = Stream.of(
          kooperationen, seid, actor("KBH+", ActorKind.NETWORK), actor("Socialøkonomi Nordjylland", ActorKind.NETWORK),
          actor("BL – Danmarks Almene Boliger", ActorKind.HOUSING_ASSOCIATION))
      .collect(Collectors.toMap(Actor::id, Function.identity()));
  private final Circle circle = Circles.circle();

  WriteUpTest() {
    kooperationen.addContact(ANNE);
    seid.addContact(PER);
    circle.setCadence(new Cadence(6));
    circle.setChannel(new DiscussionChannel("Socialøkonomisk Netværk", Optional.empty()));
    circle.setWorkingGroup(List.of(new ContactRef(seid.id(), PER.id()), new ContactRef(kooperationen.id(), ANNE.id())));
  }

  private WriteUp writeUp(Meeting meeting) {
    Map<ActorId, String> names = actors.values().stream().collect(Collectors.toMap(Actor::id, Actor::name));
    return WriteUp.of(meeting, circle, names, actors);
  }

  @Test
  void givenCompleteMeeting_whenWritingUp_thenFiguresAndNamesInDanishOrder() {
    WriteUp writeUp = writeUp(Meetings.complete());

    assertThat(writeUp.figures()).isEqualTo(new WriteUp.Figures(5, 3, 2, 1));
    assertThat(writeUp.conveners()).containsExactly("Kooperationen", "Sociale Entreprenører i Danmark");
    assertThat(writeUp.present()).containsExactly("KBH+", "Kooperationen", "Sociale Entreprenører i Danmark");
    assertThat(writeUp.start()).isEqualTo(Instants.MEETING_START);
    assertThat(writeUp.due()).contains(Instants.WRITE_UP_DUE);
    assertThat(writeUp.status()).isEqualTo(MeetingStatus.WRITTEN_UP);
  }

  @Test
  void givenInviteeWhoseAttendanceWasNeverRecorded_whenWritingUp_thenCountedNeitherPresentNorAbsent() {
    ActorId unrecorded = actors.keySet().stream().filter(id -> !id.equals(kooperationen.id())).findFirst().orElseThrow();
    Meeting meeting = Meetings.invited(List.of(kooperationen.id(), unrecorded));
    Meetings.attend(meeting, List.of(kooperationen.id()), List.of());

    assertThat(writeUp(meeting).figures()).isEqualTo(new WriteUp.Figures(2, 1, 0, 0));
  }

  @Test
  void givenCompleteMeeting_whenWritingUp_thenOutcomesAndTheWayForward() {
    WriteUp writeUp = writeUp(Meetings.complete());

    assertThat(writeUp.writtenContributions()).singleElement()
        .satisfies(c -> assertThat(c.actor()).isEqualTo("BL – Danmarks Almene Boliger"))
        .satisfies(c -> assertThat(c.challenges()).containsExactly("Adgang til kapital", "Lovgivningen halter"));
    assertThat(writeUp.groups()).hasSize(Meetings.GROUPS).first().satisfies(g -> assertThat(g.notes()).contains("Finansiering og synlighed"));
    assertThat(writeUp.plenaryChallenges()).containsExactly("Koordinering i feltet");
    assertThat(writeUp.decisions()).hasSize(2);
    assertThat(writeUp.followUp()).contains(new WriteUp.Next(Instants.MEETING_DAY.plusMonths(6), Optional.of(6), 3, List.of()));
    assertThat(writeUp.workingGroup()).containsExactly(
        new WriteUp.Person("Per Bach", "Sociale Entreprenører i Danmark", PER.email()),
        new WriteUp.Person("Anne Worning", "Kooperationen", ANNE.email()));
  }

  @Test
  void givenErasedContactPerson_whenWritingUp_thenTheyDoNotAppear() {
    kooperationen.eraseContact(ANNE.id());

    WriteUp writeUp = writeUp(Meetings.complete());

    assertThat(writeUp.workingGroup()).extracting(WriteUp.Person::name).containsExactly("Per Bach");
  }
}
