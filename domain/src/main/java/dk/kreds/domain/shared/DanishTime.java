package dk.kreds.domain.shared;

import java.time.ZoneId;

/**
 * The time zone Kreds keeps its days in: meetings are planned, held and dated in Danish time. A class
 * of its own, so the zone is looked up when first used: the first look-up reads the JDK's time-zone
 * database, about 8 ms of a command-line run, which commands that need no zone should not pay.
 */
public final class DanishTime {

  /** Europe/Copenhagen. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private DanishTime() {}
}
