package dk.kreds.domain.meeting;

import static dk.kreds.domain.testdata.Actors.actor;
import static dk.kreds.domain.testdata.Instants.MEETING_DAY;
import static dk.kreds.domain.testdata.Instants.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.testdata.Circles;
import dk.kreds.domain.testdata.Meetings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is carried over to the next meeting, and who is suggested to supplement the circle. */
class FollowUpPlannerTest {

  private final Actor kooperationen = actor("Kooperationen", ActorKind.INTEREST_ORGANISATION);
  private final Actor seid = actor("Sociale Entreprenører i Danmark", ActorKind.NGO);
  private final Actor kbhPlus = actor("KBH+", ActorKind.NETWORK);
  private final Actor andelskassen = actor("Andelskassen", ActorKind.INTEREST_ORGANISATION);
  private final Actor fond = actor("Øko Fond", ActorKind.FUND);
  private final Actor universitet = actor("Aarhus Universitet", ActorKind.EDUCATION);
  private final Actor archived = actor("Arkiveret Fond", ActorKind.FUND);
  private final List<Actor> all = List.of(kooperationen, seid, kbhPlus, andelskassen, fond, universitet, archived);

  @Test
  void givenCircleWithArchivedMember_whenCarryingOver_thenActiveMembersInTheOrderTheyJoined() {
    Circle circle = Circles.circle();
    circle.addMember(kbhPlus.id(), MEETING_DAY.plusMonths(1));
    circle.addMember(archived.id(), MEETING_DAY.plusMonths(2));
    archived.archive();

    assertThat(FollowUpPlanner.carriedOver(circle, all)).containsExactly(kooperationen.id(), seid.id(), kbhPlus.id());
  }

  @Test
  void givenMentionsAndMissingKinds_whenSuggesting_thenMentionedFirstThenMissingKindsInDanishOrder() {
    Circle circle = Circles.circle();
    circle.addMember(kbhPlus.id(), MEETING_DAY);
    archived.archive();
    Meeting meeting = Meetings.invited(List.of(kooperationen.id(), seid.id()));
    meeting.contribute(new Contribution(seid.id(), ContributionForm.WRITTEN, "Om os", List.of(),
        List.of(andelskassen.id(), archived.id(), kooperationen.id()), daysBefore(1)));

    List<ActorId> suggested = FollowUpPlanner.suggested(meeting, circle, all);

    assertThat(suggested).containsExactly(andelskassen.id(), fond.id(), universitet.id());
  }
}
