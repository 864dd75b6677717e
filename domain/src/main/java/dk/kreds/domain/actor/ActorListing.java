package dk.kreds.domain.actor;

import java.util.Objects;
import java.util.Optional;

/**
 * One actor as a list of actors shows it, without contact persons, description or activities: small
 * enough that a store can read a long list from plain columns instead of whole documents.
 *
 * @param id the actor's id
 * @param name its name
 * @param shortName its short name, if any
 * @param kind its kind
 * @param region where it works, if known
 * @param cvr its CVR number, if any
 * @param rsv whether it is a registered social-economy enterprise
 * @param archived whether it is archived
 */
public record ActorListing(ActorId id, String name, Optional<String> shortName, ActorKind kind, Optional<String> region,
    Optional<Cvr> cvr, boolean rsv, boolean archived) {

  public ActorListing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(cvr, "cvr");
  }

  /** The listing of {@code actor}. */
  public static ActorListing of(Actor actor) {
    ActorProfile profile = actor.profile();
    return new ActorListing(actor.id(), profile.name(), profile.shortName(), profile.kind(), profile.region(), profile.cvr(),
        profile.rsv(), actor.archived());
  }
}
