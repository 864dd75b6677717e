package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.writeup.WriteUp;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Stormøde of 25 November 2014, replayed through the use cases, reproduces the facts of the source page. */
class ReferenceScenarioServiceTest {

  private final TestWorld world = new TestWorld();
  private final ReferenceScenario scenario = world.loadReferenceScenario();
  private final WriteUp writeUp = world.writeUp(scenario.meeting());

  @Test
  void givenTheScenario_whenWrittenUp_then22Invited15Present7AbsentAnd7WrittenContributions() {
    assertThat(writeUp.figures()).isEqualTo(new WriteUp.Figures(22, 15, 7, 7));
    assertThat(writeUp.present()).hasSize(15).doesNotHaveDuplicates();
    assertThat(writeUp.writtenContributions()).extracting(WriteUp.WrittenContribution::actor)
        .hasSize(7)
        .doesNotContainAnyElementsOf(writeUp.present());
  }

  @Test
  void givenTheScenario_whenWrittenUp_thenMeetingInKoebenhavnOn25NovemberConvenedByTheTwoConveners() {
    assertThat(writeUp.start().toLocalDate()).isEqualTo(LocalDate.of(2014, 11, 25));
    assertThat(writeUp.venue()).isEqualTo(Venue.of("Kooperationen", "København"));
    assertThat(writeUp.conveners()).containsExactly("Kooperationen", "Sociale Entreprenører i Danmark");
    assertThat(writeUp.present()).contains("Kooperationen", "Sociale Entreprenører i Danmark");
  }

  @Test
  void givenTheScenario_whenWrittenUp_thenThreeGroupsOfFivePresentActorsEach() {
    assertThat(writeUp.groups()).hasSize(3).allSatisfy(group -> {
      assertThat(group.members()).hasSize(5).isSubsetOf(writeUp.present());
      assertThat(group.challenges()).isNotEmpty();
    });
    assertThat(writeUp.groups().stream().flatMap(g -> g.members().stream()))
        .containsExactlyInAnyOrderElementsOf(writeUp.present());
  }

  @Test
  void givenTheScenario_whenWrittenUp_thenTwoConsensusDecisions() {
    assertThat(writeUp.decisions()).hasSize(2).extracting(WriteUp.DecisionLine::kind).containsOnly(DecisionKind.CONSENSUS);
  }

  @Test
  void givenTheScenario_whenWrittenUp_thenFollowUpOn25May2015EverySixMonths() {
    WriteUp.Next next = writeUp.followUp().orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2015, 5, 25));
    assertThat(next.cadenceMonths()).contains(6);
    assertThat(next.carriedOver()).isEqualTo(22);
    assertThat(next.suggested()).contains(
        "SFI – Det Nationale Forskningscenter for Velfærd", "Udvalget for socialøkonomiske virksomheder");
  }

  @Test
  void givenTheScenario_whenWrittenUp_thenWorkingGroupChannelAndPublishedByTheDueDate() {
    assertThat(writeUp.workingGroup()).containsExactly(
        new WriteUp.Person("Per Bach", "Sociale Entreprenører i Danmark", Optional.of(new Email("per@timebank.dk"))),
        new WriteUp.Person("Anne Worning", "Kooperationen", Optional.of(new Email("aw@kooperationen.dk"))));
    assertThat(writeUp.channel()).hasValueSatisfying(channel -> assertThat(channel.name()).isEqualTo("Socialøkonomisk Netværk"));
    assertThat(writeUp.due()).contains(LocalDate.of(2014, 12, 15));
    assertThat(writeUp.status()).isEqualTo(MeetingStatus.PUBLISHED);
    assertThat(writeUp.publishedOn()).hasValueSatisfying(on -> assertThat(on).as("published on time").isBeforeOrEqualTo(writeUp.due().orElseThrow()));
  }

  @Test
  void givenTheScenario_whenLoaded_thenTheCircleMeetsEverySixMonthsAndTheFollowUpMeetingInvitesAll22() {
    Circle circle = world.stored(scenario.circle());
    Meeting meeting = world.stored(scenario.meeting());
    Meeting next = world.stored(meeting.followUp().orElseThrow().next());

    assertThat(circle.cadence()).contains(new Cadence(6));
    assertThat(circle.members()).hasSize(22);
    assertThat(next.time().date()).isEqualTo(LocalDate.of(2015, 5, 25));
    assertThat(next.invitations()).hasSize(22);
    assertThat(scenario.illustrative()).isNotEmpty();
  }

  @Test
  void givenTheScenarioLoaded_whenLoadingItAgainIntoTheSameStore_thenTheStoredOneIsReusedAndNothingIsAdded() {
    ReferenceScenario again = world.loadReferenceScenario();

    assertThat(again).isEqualTo(scenario);
    assertThat(world.ports.actors().findAll()).hasSize(25);
    assertThat(world.ports.meetings().findAll()).hasSize(2);
    assertThat(world.ports.circles().findAll()).hasSize(1);
  }

  @Test
  void givenTwoStores_whenLoadingTheScenarioIntoEach_thenTheyAreIndependentAndAlike() {
    TestWorld other = new TestWorld();

    WriteUp again = other.writeUp(other.loadReferenceScenario().meeting());

    assertThat(again.figures()).isEqualTo(writeUp.figures());
    assertThat(again.groups()).isEqualTo(writeUp.groups());
    assertThat(other.ports.actors().findAll()).hasSameSizeAs(world.ports.actors().findAll());
    assertThat(world.ports.actors().findAll()).hasSize(25);
  }
}
