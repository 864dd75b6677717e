package dk.kreds.domain.mixing;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactPersonId;
import java.util.Optional;

/**
 * One participant to place in the dialogue groups: a present actor, its kind and region, and the
 * person who represents it when known. Repeats and constraints are counted between actors.
 *
 * @param actor the actor taking part
 * @param kind the actor's kind, for the mix of kinds in each group
 * @param region the actor's region, for the mix of regions; empty when unknown
 * @param person the person who represents the actor, when known
 */
public record Participant(ActorId actor, ActorKind kind, Optional<String> region, Optional<ContactPersonId> person) {

  public Participant {
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
    requireNonNull(region, "region");
    requireNonNull(person, "person");
  }

  /** A participant of this kind with no region and no named person. */
  public static Participant of(ActorId actor, ActorKind kind) {
    return new Participant(actor, kind, Optional.empty(), Optional.empty());
  }
}
