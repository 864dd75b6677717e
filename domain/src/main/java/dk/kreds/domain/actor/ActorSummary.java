package dk.kreds.domain.actor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an overview of the field needs of one actor, without its contact persons or description: small
 * enough that a store can read a hundred thousand of them from plain columns.
 *
 * @param name the actor's name
 * @param kind its kind
 * @param region where it works, if known
 * @param rsv whether it is a registered social-economy enterprise
 * @param activities what it does, as on its profile
 */
public record ActorSummary(String name, ActorKind kind, Optional<String> region, boolean rsv, List<String> activities) {

  public ActorSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    activities = List.copyOf(activities);
  }

  /** The summary of {@code actor}'s profile. */
  public static ActorSummary of(Actor actor) {
    ActorProfile profile = actor.profile();
    return new ActorSummary(profile.name(), profile.kind(), profile.region(), profile.rsv(), profile.activities());
  }
}
