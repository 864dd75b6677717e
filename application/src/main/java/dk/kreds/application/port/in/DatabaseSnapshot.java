package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import java.util.List;

/**
 * Everything a database holds: every actor, circle and meeting as its {@code State}, each list in the
 * order of its ids (as text), so that the same data always gives the same snapshot.
 *
 * @param format the version of the snapshot's shape, {@link #FORMAT} for this program
 * @param actors every actor, archived ones included
 * @param circles every circle
 * @param meetings every meeting
 */
public record DatabaseSnapshot(int format, List<Actor.State> actors, List<Circle.State> circles, List<Meeting.State> meetings) {

  /** The shape this program writes and reads. */
  public static final int FORMAT = 1;

  public DatabaseSnapshot {
    if (format != FORMAT) {
      throw new IllegalArgumentException("format: " + format + " is not a snapshot format this program reads (" + FORMAT + ")");
    }
    actors = List.copyOf(requireNonNull(actors, "actors"));
    circles = List.copyOf(requireNonNull(circles, "circles"));
    meetings = List.copyOf(requireNonNull(meetings, "meetings"));
  }

  /** {@return whether the snapshot holds nothing} */
  public boolean isEmpty() {
    return actors.isEmpty() && circles.isEmpty() && meetings.isEmpty();
  }
}
