package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import java.time.LocalDate;

/** An actor's place in a circle since a date. */
public record Membership(ActorId actor, LocalDate joined) {

  public Membership {
    requireNonNull(actor, "actor");
    requireNonNull(joined, "joined");
  }
}
