package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;

/**
 * The reference scenario as loaded.
 *
 * @param circle the circle of social-economy actors
 * @param meeting the Stormøde of 25 November 2014
 * @param illustrative what the scenario invents where the source page is silent, as keys of texts
 *     under {@code illustrative.} in the messages of {@code dk.kreds.application.render}
 */
public record ReferenceScenario(CircleId circle, MeetingId meeting, List<String> illustrative) {

  public ReferenceScenario {
    requireNonNull(circle, "circle");
    requireNonNull(meeting, "meeting");
    illustrative = List.copyOf(illustrative);
  }
}
