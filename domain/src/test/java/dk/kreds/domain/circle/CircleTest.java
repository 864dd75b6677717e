package dk.kreds.domain.circle;

import static dk.kreds.domain.testdata.Actors.KOOPERATIONEN;
import static dk.kreds.domain.testdata.Actors.SOCIALE_ENTREPRENOERER;
import static dk.kreds.domain.testdata.Instants.MEETING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.testdata.Actors;
import dk.kreds.domain.testdata.Circles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircleTest {

  private static final ContactRef PER = new ContactRef(SOCIALE_ENTREPRENOERER, Actors.contactId("Per Bach"));
  private static final ContactRef ANNE = new ContactRef(KOOPERATIONEN, Actors.contactId("Anne Worning"));
  private static final ActorId KBH_PLUS = Actors.id("KBH+");

  @Test
  void givenConveners_whenCreatingCircle_thenTheyAreItsFirstMembers() {
    Circle circle = Circles.circle();

    assertThat(circle.conveners()).containsExactly(KOOPERATIONEN, SOCIALE_ENTREPRENOERER);
    assertThat(circle.members()).containsExactly(
        new Membership(KOOPERATIONEN, MEETING_DAY), new Membership(SOCIALE_ENTREPRENOERER, MEETING_DAY));
  }

  @Test
  void givenCircleWithEveryPart_whenRestoringItsState_thenSameState() {
    Circle circle = Circles.circle();
    circle.addMember(KBH_PLUS, MEETING_DAY.plusMonths(6));
    circle.setCadence(new Cadence(6));
    circle.setWorkingGroup(List.of(PER, ANNE));
    circle.setChannel(new DiscussionChannel("Socialøkonomisk Netværk", Optional.of(Website.parse("https://www.linkedin.com/groups/"))));
    circle.postTheme(new DiscussionTheme("Fælles interesser", "Hvor kan vi samarbejde?", MEETING_DAY.plusDays(7), PER));

    Circle restored = Circle.restore(circle.state());

    assertThat(restored.state()).isEqualTo(circle.state());
    assertThat(restored.themes()).hasSize(1);
  }

  @Test
  void givenWorkingGroupMember_whenLeaving_thenTheOthersStay() {
    Circle circle = Circles.circle();
    circle.setWorkingGroup(List.of(PER, ANNE));

    circle.leaveWorkingGroup(PER);

    assertThat(circle.workingGroup()).containsExactly(ANNE);
  }

  @Test
  void givenErasedPerson_whenForgotten_thenOutOfTheWorkingGroupAndThemesKeepTheirTextWithoutAuthor() {
    Circle circle = Circles.circle();
    circle.setWorkingGroup(List.of(PER, ANNE));
    circle.setChannel(new DiscussionChannel("Socialøkonomisk Netværk", Optional.empty()));
    circle.postTheme(new DiscussionTheme("Fælles interesser", "Hvor kan vi samarbejde?", MEETING_DAY, PER));
    circle.postTheme(new DiscussionTheme("Finansiering", "Hvem kan låne ud?", MEETING_DAY, ANNE));

    circle.forgetPerson(PER);

    assertThat(circle.workingGroup()).containsExactly(ANNE);
    assertThat(circle.themes()).extracting(DiscussionTheme::title, DiscussionTheme::author).containsExactly(
        tuple("Fælles interesser", Optional.empty()),
        tuple("Finansiering", Optional.of(ANNE)));
  }

  @ParameterizedTest(name = "every {0} months after {1}: {2}")
  @CsvSource({"6, 2014-11-25, 2015-05-25", "3, 2014-11-30, 2015-02-28", "12, 2016-02-29, 2017-02-28", "24, 2014-11-25, 2016-11-25"})
  void givenCadence_whenDatingNextMeeting_thenMonthsLaterClampedToMonthEnd(int months, LocalDate held, LocalDate next) {
    Circle circle = Circles.circle();
    circle.setCadence(new Cadence(months));

    assertThat(circle.nextMeetingAfter(held)).isEqualTo(next);
    assertThat(new Cadence(months).nextAfter(held)).isEqualTo(next);
  }
}
