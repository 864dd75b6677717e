package dk.kreds.domain.mixing;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import java.util.List;

/** A hard constraint on the dialogue groups, holding in every round. */
public sealed interface MixingConstraint {

  /** {@return the actors the constraint names} */
  List<ActorId> actors();

  /**
   * These two never sit in the same group.
   *
   * @param one one actor
   * @param other the other actor
   */
  record KeepApart(ActorId one, ActorId other) implements MixingConstraint {
    public KeepApart {
      requireNonNull(one, "one");
      requireNonNull(other, "other");
    }

    @Override
    public List<ActorId> actors() {
      return List.of(one, other);
    }

    @Override
    public String toString() {
      return "keep apart " + one + " and " + other;
    }
  }

  /**
   * These actors always sit in the same group.
   *
   * @param actors the actors, in any order
   */
  record KeepTogether(List<ActorId> actors) implements MixingConstraint {
    public KeepTogether {
      actors = List.copyOf(actors);
    }

    @Override
    public String toString() {
      return "keep together " + actors;
    }
  }

  /**
   * This actor sits in this group in every round, e.g. as the table's host.
   *
   * @param actor the actor
   * @param group the group's number, from 1
   */
  record Pin(ActorId actor, int group) implements MixingConstraint {
    public Pin {
      requireNonNull(actor, "actor");
    }

    @Override
    public List<ActorId> actors() {
      return List.of(actor);
    }

    @Override
    public String toString() {
      return "pin " + actor + " to group " + group;
    }
  }
}
