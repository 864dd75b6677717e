package dk.kreds.application.port.out;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import java.util.Optional;

/** Every out-port the use cases need, as one value to wire them with. */
public record Ports(
    ActorRepository actors,
    CircleRepository circles,
    MeetingRepository meetings,
    OrganiserRepository organisers,
    RsvpLinkRepository rsvpLinks,
    UnitOfWork unitOfWork) {

  public Ports {
    requireNonNull(actors, "actors");
    requireNonNull(circles, "circles");
    requireNonNull(meetings, "meetings");
    requireNonNull(organisers, "organisers");
    requireNonNull(rsvpLinks, "rsvpLinks");
    requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * The out-ports of a store without organiser accounts and RSVP links (an embedder's own store): the
   * use cases that need them refuse with {@link UnsupportedOperationException}.
   */
  public Ports(ActorRepository actors, CircleRepository circles, MeetingRepository meetings, UnitOfWork unitOfWork) {
    this(actors, circles, meetings, Unsupported.ORGANISERS, Unsupported.RSVP_LINKS, unitOfWork);
  }

  /** The out-ports a store may leave out. */
  private static final class Unsupported {
    static final OrganiserRepository ORGANISERS = new OrganiserRepository() {
      @Override
      public Optional<OrganiserAccount> find(Username username) {
        throw new UnsupportedOperationException("this store keeps no organiser accounts");
      }

      @Override
      public void add(OrganiserAccount account) {
        throw new UnsupportedOperationException("this store keeps no organiser accounts");
      }
    };

    static final RsvpLinkRepository RSVP_LINKS = new RsvpLinkRepository() {
      @Override
      public Optional<RsvpLink> findByHash(String tokenHash) {
        throw new UnsupportedOperationException("this store keeps no RSVP links");
      }

      @Override
      public void replace(RsvpLink link) {
        throw new UnsupportedOperationException("this store keeps no RSVP links");
      }
    };
  }
}
