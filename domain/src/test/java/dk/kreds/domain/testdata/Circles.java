package dk.kreds.domain.testdata;

import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import java.util.UUID;

/** The circle around the reference meeting: "Socialøkonomisk Netværk", convened by its two conveners. */
public final class Circles {

  public static final CircleId CIRCLE = new CircleId(UUID.fromString("00000000-0000-0000-0000-00000000c12c"));

  private Circles() {}

  /** The circle, founded on the meeting's day, its conveners its only members. */
  public static Circle circle() {
    return Circle.create(CIRCLE, "Socialøkonomisk Netværk", Meetings.CONVENERS, Instants.MEETING_DAY);
  }
}
