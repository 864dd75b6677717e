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

  /** The actor list's filter as the query gave it; empty strings for no filter. */
  public record ActorFilter(String q, String kind, String region, String activity, boolean archived) {}

  /**
   * An actor's page: the profile as the edit form shows it ({@code activities} one per line), its parent's
   * name, whether it is archived, and its contact persons.
   */
  public record ActorDetail(String id, String name, String kind, String kindLabel, String shortName, String cvr,
      String website, String region, String description, String activities, String parent, boolean rsv,
      boolean archived, List<ContactRow> contacts) {}

  /**
   * A contact person on the actor's page and in the contact forms; empty strings for what is not kept.
   *
   * @param basis the lawful basis as shown, or (in a form) the name of its ground
   */
  public record ContactRow(String id, String name, String role, String email, String phone, String basis) {}

  /** An entry of an actor file after a check or a refused import: its line, its name and what became of it. */
  public record ImportRow(long line, String name, String outcome) {}

  /**
   * A circle's page.
   *
   * @param actors the names of its conveners and members
   * @param joinable the actors not archived who are not in it yet
   * @param cadenceMonths how many months apart it meets, empty for no cadence
   * @param contacts the contact persons of its actors, who can be in the working group or post a theme
   * @param workingGroup the values (of {@code contacts}) of those in the working group
   */
  public record CirclePage(String id, List<String> actors, List<Option> joinable, String cadenceMonths, String channelName,
      String channelUrl, List<Option> contacts, List<String> workingGroup, List<ThemeRow> themes) {}

  /** A discussion theme: its title, text, the day it was posted and who posted it (empty once erased). */
  public record ThemeRow(String title, String body, String posted, String author) {}

  /** An invitation on the meeting page. */
  public record InvitationRow(String actor, String name, String answer, String attendance, boolean present) {}

  /** A contribution on the meeting page. */
  public record ContributionRow(String name, String form, String selfPresentation, List<String> challenges) {}

  /** A dialogue group on the meeting page: its number and its members' names. */
  public record GroupRow(int number, List<String> members) {}

  /**
   * A dialogue round on the meeting page.
   *
   * @param round its agenda position, from 0
   * @param members everyone in one of its groups, to move
   * @param numbers the numbers of its groups, to move to
   */
  public record GroupRound(int round, String label, List<GroupRow> groups, List<Option> members, List<Integer> numbers) {}

  /** An action item on the meeting page; {@code owner} and {@code done} are empty when there are none. */
  public record ActionRow(String id, String description, String owner, String due, String done) {}

  /**
   * What the meeting came to, and the choices its forms offer.
   *
   * @param challenges each challenge's text (value) and where it was raised (label)
   * @param decisions each decision's text (value) and kind (label)
   * @param followUpId the follow-up meeting's id, empty when none is scheduled
   * @param sources where a challenge can have been raised
   * @param owners the invitees' contact persons, who can own an action item
   */
  public record Outcomes(List<Option> challenges, List<Option> decisions, List<ActionRow> actions, String followUpId,
      String followUpDate, List<Option> sources, List<Option> kinds, List<Option> owners) {}

  /** Which of the meeting page's forms its status allows. */
  public record Steps(boolean invite, boolean recordAttendance, boolean contribute, boolean mixGroups,
      boolean recordOutcomes, boolean completeActions, boolean followUp, boolean writeUp, boolean publish,
      boolean revise, boolean cancel) {}

  /**
   * The meeting page.
   *
   * @param dialogueRounds how many dialogue rounds the agenda has
   * @param quality the groups' quality after a mix or a move, as a sentence; empty otherwise
   */
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
      List<GroupRound> rounds,
      int dialogueRounds,
      String quality,
      Outcomes outcomes,
      Steps can) {}

  /** An RSVP link made for an invitee, shown once. */
  public record Link(String name, String url) {}

  /** The RSVP page. */
  public record Rsvp(String actorName, String title, String when, String venue, String purpose, String answer,
      String formToken) {}

  /** A kind of actor and the names under it, for the field overview. */
  public record KindGroup(String kind, List<String> names) {}
}
