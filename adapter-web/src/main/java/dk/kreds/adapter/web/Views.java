package dk.kreds.adapter.web;

import java.util.List;

/** The rows and forms the organiser pages show; public because the compiled templates read them. */
public final class Views {

  private Views() {}

  /** A choice in a form: the value sent and the label shown. */
  public record Option(String value, String label) {}

  /** A meeting on the dashboard. */
  public record MeetingRow(String id, String title, String when, String status, int invited, int accepted,
      int declined, int pending, int present) {}

  /** A meeting whose write-up is not yet published, and the day it is promised by (empty for none). */
  public record WriteUpDue(String id, String title, String due) {}

  /** An action item not done yet, and the meeting it came from. */
  public record OpenAction(String meetingId, String meeting, String description, String due) {}

  /** An actor in the list. */
  public record ActorRow(String id, String name, String kind, String region, boolean archived) {}

  /** An invitation on the meeting page. */
  public record InvitationRow(String actor, String name, String answer, String attendance, boolean present) {}

  /** A contribution on the meeting page. */
  public record ContributionRow(String name, String form, String selfPresentation, List<String> challenges) {}

  /** A dialogue group on the meeting page. */
  public record GroupRow(int number, List<String> members) {}

  /** The meeting page. */
  public record MeetingPage(
      String id,
      String title,
      String when,
      String venue,
      String status,
      String counts,
      List<InvitationRow> invitations,
      List<String> notAnswered,
      List<Option> invitable,
      List<ContributionRow> contributions,
      List<GroupRow> groups,
      boolean canInvite,
      boolean canRecordAttendance,
      boolean canFormGroups,
      boolean canWriteUp,
      boolean canPublish) {}

  /** An RSVP link made for an invitee, shown once. */
  public record Link(String name, String url) {}

  /** The RSVP page. */
  public record Rsvp(String actorName, String title, String when, String venue, String purpose, String answer,
      String formToken) {}

  /** A kind of actor and the names under it, for the field overview. */
  public record KindGroup(String kind, List<String> names) {}
}
