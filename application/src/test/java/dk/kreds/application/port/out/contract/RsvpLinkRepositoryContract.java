package dk.kreds.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.RsvpLinkRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import org.junit.jupiter.api.Test;

/** What every {@link RsvpLinkRepository} does, whatever stores it. */
public abstract class RsvpLinkRepositoryContract extends PortsContract {

  private RsvpLinkRepository links() {
    return ports.rsvpLinks();
  }

  private static String hash(char digit) {
    return String.valueOf(digit).repeat(64);
  }

  @Test
  void givenStoredLink_whenFoundByItsHash_thenTheSameLinkAndNoOtherHashFindsIt() {
    Circle circle = data.savedCircle();
    Meeting meeting = data.savedMeeting(circle, ContractData.START);
    ActorId actor = circle.conveners().get(0);
    RsvpLink link = new RsvpLink(hash('a'), meeting.id(), actor);

    links().replace(link);

    assertThat(links().findByHash(hash('a'))).contains(link);
    assertThat(links().findByHash(hash('b'))).isEmpty();
  }

  @Test
  void givenStoredLink_whenTheInvitationGetsANewOne_thenTheOldHashFindsNothing() {
    Circle circle = data.savedCircle();
    Meeting meeting = data.savedMeeting(circle, ContractData.START);
    ActorId first = circle.conveners().get(0);
    ActorId second = circle.conveners().get(1);
    links().replace(new RsvpLink(hash('a'), meeting.id(), first));
    links().replace(new RsvpLink(hash('c'), meeting.id(), second));

    links().replace(new RsvpLink(hash('b'), meeting.id(), first));

    assertThat(links().findByHash(hash('a'))).isEmpty();
    assertThat(links().findByHash(hash('b'))).contains(new RsvpLink(hash('b'), meeting.id(), first));
    assertThat(links().findByHash(hash('c'))).contains(new RsvpLink(hash('c'), meeting.id(), second));
  }
}
