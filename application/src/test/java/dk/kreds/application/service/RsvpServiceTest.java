package dk.kreds.application.service;

import static dk.kreds.application.port.in.RecordResponseUseCase.Answer.ACCEPT;
import static dk.kreds.application.port.in.RecordResponseUseCase.Answer.DECLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.AnswerRsvpUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.ShowRsvpUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RSVP links: issued once, stored as a hash, shown without change, answered until the meeting starts. */
class RsvpServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final ActorId vejle = world.actor("Netværk for socialøkonomiske virksomheder i Vejle");
  private final MeetingId meeting = world.meeting(world.circle(kooperationen));

  private Map<ActorId, String> issue(ActorId... actors) {
    return world.use.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting, List.of(actors)));
  }

  private Meeting shown() {
    return world.use.showMeeting().show(new ShowMeetingUseCase.Command(meeting));
  }

  @Test
  void givenInvitation_whenIssuingLinks_thenEachTokenHas256BitsAndOnlyItsHashIsStored() {
    world.invite(meeting, List.of(kooperationen, vejle));

    Map<ActorId, String> tokens = issue(kooperationen, vejle);

    assertThat(tokens.values()).hasSize(2).doesNotHaveDuplicates().allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
    String token = tokens.get(vejle);
    assertThat(world.ports.rsvpLinks().findByHash(token)).isEmpty();
    assertThat(world.ports.rsvpLinks().findByHash(RsvpService.hash(token))).get()
        .satisfies(link -> assertThat(link.actor()).isEqualTo(vejle));
  }

  @Test
  void givenLink_whenShown_thenTheInvitationAndNothingChanges() {
    world.invite(meeting, List.of(vejle));
    String token = issue(vejle).get(vejle);
    long version = shown().version();

    var invitation = world.use.showRsvp().show(new ShowRsvpUseCase.Command(token)).orElseThrow();

    assertThat(invitation.actorName()).isEqualTo("Netværk for socialøkonomiske virksomheder i Vejle");
    assertThat(invitation.response()).isInstanceOf(Response.Pending.class);
    assertThat(shown().version()).isEqualTo(version);
  }

  @Test
  void givenLink_whenDecliningWithAContribution_thenBothAreRecordedTogether() {
    world.invite(meeting, List.of(vejle));
    String token = issue(vejle).get(vejle);

    boolean answered = world.use.answerRsvp().answer(
        new AnswerRsvpUseCase.Command(token, DECLINE, "Vi er 40 virksomheder", List.of("Adgang til kapital")));

    assertThat(answered).isTrue();
    assertThat(shown().invitation(vejle).response()).isInstanceOf(Response.Declined.class);
    assertThat(shown().contribution(vejle)).get().extracting(Contribution::form, Contribution::challenges)
        .containsExactly(ContributionForm.WRITTEN, List.of("Adgang til kapital"));
  }

  @Test
  void givenUnknownAlteredReplacedOrExpiredToken_whenShownOrAnswered_thenTheSameEmptyAnswerAndNothingRecorded() {
    world.invite(meeting, List.of(vejle));
    String replaced = issue(vejle).get(vejle);
    String token = issue(vejle).get(vejle);
    String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

    for (String bad : List.of("", "unknown", altered, replaced)) {
      assertThat(world.use.showRsvp().show(new ShowRsvpUseCase.Command(bad))).as(bad).isEmpty();
      assertThat(world.use.answerRsvp().answer(new AnswerRsvpUseCase.Command(bad, ACCEPT, "", List.of()))).isFalse();
    }
    world.clock.set(TestWorld.START);
    assertThat(world.use.showRsvp().show(new ShowRsvpUseCase.Command(token))).isEmpty();
    assertThat(world.use.answerRsvp().answer(new AnswerRsvpUseCase.Command(token, ACCEPT, "", List.of()))).isFalse();
    assertThat(shown().invitation(vejle).response()).isInstanceOf(Response.Pending.class);
  }

  @Test
  void givenActorNotInvited_whenIssuingALink_thenRefused() {
    world.invite(meeting, List.of(vejle));

    assertThatThrownBy(() -> issue(kooperationen))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("invitation.missing"));
  }
}
