package dk.kreds.domain.mixing;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import java.time.LocalDate;

/**
 * Two actors who sat in the same dialogue group at an earlier meeting, and the day of that meeting.
 *
 * @param one one actor
 * @param other the other actor
 * @param on the day they met
 */
public record Encounter(ActorId one, ActorId other, LocalDate on) {

  public Encounter {
    requireNonNull(one, "one");
    requireNonNull(other, "other");
    requireNonNull(on, "on");
  }
}
