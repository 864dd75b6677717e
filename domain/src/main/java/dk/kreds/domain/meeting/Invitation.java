package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import java.time.Instant;
import java.util.List;

/**
 * An actor's invitation to a meeting. The organisation is the invitee; its named representatives are
 * the contact persons expected to come.
 */
public record Invitation(
    ActorId actor, List<ContactPersonId> representatives, Instant invitedAt, Response response, Attendance attendance) {

  public Invitation {
    requireNonNull(actor, "actor");
    representatives = List.copyOf(representatives);
    requireNonNull(invitedAt, "invitedAt");
    requireNonNull(response, "response");
    requireNonNull(attendance, "attendance");
  }

  /** A fresh invitation: no answer, attendance not recorded. */
  public static Invitation of(ActorId actor, List<ContactPersonId> representatives, Instant at) {
    return new Invitation(actor, representatives, at, new Response.Pending(), Attendance.UNRECORDED);
  }

  Invitation withResponse(Response newResponse) {
    return new Invitation(actor, representatives, invitedAt, newResponse, attendance);
  }

  Invitation withAttendance(Attendance newAttendance) {
    return new Invitation(actor, representatives, invitedAt, response, newAttendance);
  }

  public boolean declined() {
    return response instanceof Response.Declined;
  }

  public boolean present() {
    return attendance == Attendance.PRESENT;
  }

  /**
   * Those who do not come are asked for a written contribution (skriftligt bidrag) instead: who stayed
   * away, or, until attendance is recorded, who declined. A decliner who came after all is not asked.
   */
  public boolean writtenContributionExpected() {
    return attendance == Attendance.ABSENT || (attendance == Attendance.UNRECORDED && declined());
  }
}
