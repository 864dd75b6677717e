package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import java.time.LocalDate;
import java.util.List;

/**
 * The next meeting of the circle (opfølgning), planned from this one.
 *
 * @param next the follow-up meeting
 * @param date the day it is planned for
 * @param carriedOver the actors invited again
 * @param suggested actors suggested to supplement the circle
 */
public record FollowUp(MeetingId next, LocalDate date, List<ActorId> carriedOver, List<ActorId> suggested) {

  public FollowUp {
    requireNonNull(next, "next");
    requireNonNull(date, "date");
    carriedOver = List.copyOf(carriedOver);
    suggested = List.copyOf(suggested);
  }
}
