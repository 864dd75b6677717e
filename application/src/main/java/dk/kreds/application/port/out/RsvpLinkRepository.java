package dk.kreds.application.port.out;

import java.util.Optional;

/** The RSVP links of invitations, found by the hash of their token. One link per invitation. */
public interface RsvpLinkRepository {

  /** The link whose token hashes to {@code tokenHash}, if there is one. */
  Optional<RsvpLink> findByHash(String tokenHash);

  /** Stores {@code link}, replacing the invitation's earlier link: an old link stops working. */
  void replace(RsvpLink link);
}
