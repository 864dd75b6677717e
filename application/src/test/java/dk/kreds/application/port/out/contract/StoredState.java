package dk.kreds.application.port.out.contract;

import static java.util.stream.Collectors.toSet;

import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import java.util.Set;

/**
 * Everything a store holds, as comparable values: to show that a refused or failed write left nothing
 * behind.
 */
public record StoredState(Set<Actor.State> actors, Set<Circle.State> circles, Set<Meeting.State> meetings) {

  /** What {@code ports} hold now. */
  public static StoredState of(Ports ports) {
    return new StoredState(
        ports.actors().findAll().stream().map(Actor::state).collect(toSet()),
        ports.circles().findAll().stream().map(Circle::state).collect(toSet()),
        ports.meetings().findAll().stream().map(Meeting::state).collect(toSet()));
  }
}
