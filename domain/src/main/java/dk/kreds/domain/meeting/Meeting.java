package dk.kreds.domain.meeting;

import static dk.kreds.domain.meeting.MeetingStatus.CANCELLED;
import static dk.kreds.domain.meeting.MeetingStatus.HELD;
import static dk.kreds.domain.meeting.MeetingStatus.INVITATIONS_OUT;
import static dk.kreds.domain.meeting.MeetingStatus.PLANNED;
import static dk.kreds.domain.meeting.MeetingStatus.PUBLISHED;
import static dk.kreds.domain.meeting.MeetingStatus.WRITTEN_UP;
import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A meeting of a circle, from planning to the published write-up: its invitations, attendance,
 * contributions, dialogue groups, challenges, decisions, action items and follow-up.
 *
 * <p>Every step checks the meeting's {@link MeetingStatus}; an out-of-order step is refused with
 * {@code meeting.status.step}. Time comes in as a parameter, never from a clock of its own.
 */
public final class Meeting {

  private static final Set<MeetingStatus> OPEN_FOR_OUTCOMES = EnumSet.of(HELD, WRITTEN_UP);

  private final MeetingId id;
  private final long version;
  private final CircleId circle;
  private MeetingPlan plan;
  private MeetingStatus status;
  private int revision;
  private Optional<LocalDate> publishedOn;
  private final Map<ActorId, Invitation> invitations = new LinkedHashMap<>();
  private final Map<ActorId, Contribution> contributions = new LinkedHashMap<>();
  private final List<DialogueGroup> groups = new ArrayList<>();
  private final List<String> plenaryChallenges = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<ActionItem> actionItems = new ArrayList<>();
  private Optional<FollowUp> followUp = Optional.empty();

  private Meeting(MeetingId id, long version, CircleId circle, MeetingPlan plan) {
    this.id = requireNonNull(id, "id");
    this.version = version;
    this.circle = requireNonNull(circle, "circle");
    this.plan = requireNonNull(plan, "plan");
    this.status = PLANNED;
    this.revision = 0;
    this.publishedOn = Optional.empty();
  }

  /** Plans a meeting of a circle. */
  public static Meeting plan(MeetingId id, CircleId circle, MeetingPlan plan) {
    return new Meeting(id, 0, circle, plan);
  }

  /** Rebuilds a meeting from its stored state, checking every rule that concerns the parts together. */
  public static Meeting restore(State s) {
    Meeting m = new Meeting(s.id(), s.version(), s.circle(), s.plan());
    for (Invitation invitation : s.invitations()) {
      RuleViolation.require(!m.invitations.containsKey(invitation.actor()), Rule.INVITATION_DUPLICATE, invitation.actor());
      m.invitations.put(invitation.actor(), invitation);
    }
    for (Contribution contribution : s.contributions()) {
      m.invitation(contribution.actor());
      m.contributions.put(contribution.actor(), contribution);
    }
    s.groups().stream()
        .map(DialogueGroup::round)
        .distinct()
        .forEach(round -> m.requireValidGroups(round, s.groups().stream().filter(g -> g.round() == round).toList()));
    m.groups.addAll(s.groups());
    m.plenaryChallenges.addAll(s.plenaryChallenges().stream().map(Contribution::challengeText).toList());
    m.decisions.addAll(s.decisions());
    m.actionItems.addAll(s.actionItems());
    m.followUp = requireNonNull(s.followUp(), "followUp");
    m.status = requireNonNull(s.status(), "status");
    RuleViolation.require(s.revision() >= 0, Rule.WRITE_UP_REVISION, s.revision());
    m.revision = s.revision();
    m.publishedOn = requireNonNull(s.publishedOn(), "publishedOn");
    return m;
  }

  /** The whole state, for storage. */
  public State state() {
    return new State(
        id, version, circle, plan, status, revision, publishedOn, List.copyOf(invitations.values()),
        List.copyOf(contributions.values()), groups, plenaryChallenges, decisions, actionItems, followUp);
  }

  // --- invitations and responses --------------------------------------------------------------

  /**
   * Invites an actor, naming the contact persons expected to represent it.
   *
   * @throws RuleViolation {@code invitation.duplicate} when the actor is invited already,
   *     {@code invitation.after-start} once the meeting has started, {@code meeting.status.step} when
   *     the meeting is held, written up, published or cancelled
   */
  public void invite(ActorId actor, List<ContactPersonId> representatives, Instant now) {
    requireStatus("invite", PLANNED, INVITATIONS_OUT);
    RuleViolation.require(!plan.time().hasStartedAt(now), Rule.INVITATION_AFTER_START, now);
    RuleViolation.require(!invitations.containsKey(actor), Rule.INVITATION_DUPLICATE, actor);
    invitations.put(actor, Invitation.of(actor, representatives, now));
    status = INVITATIONS_OUT;
  }

  /** Records an accept. @see #respond */
  public void accept(ActorId actor, Instant now) {
    respond(actor, new Response.Accepted(now), now);
  }

  /** Records a decline. @see #respond */
  public void decline(ActorId actor, Instant now) {
    respond(actor, new Response.Declined(now), now);
  }

  private void respond(ActorId actor, Response response, Instant now) {
    requireStatus("respond", INVITATIONS_OUT);
    RuleViolation.require(!plan.time().hasStartedAt(now), Rule.RESPONSE_AFTER_START, now);
    invitations.put(actor, invitation(actor).withResponse(response));
  }

  // --- the day ---------------------------------------------------------------------------------

  /**
   * Records whether an invited actor came. The first record marks the meeting as held. An actor who
   * declined may still come: people change their plans.
   *
   * @throws RuleViolation {@code invitation.missing} for an actor who was not invited,
   *     {@code attendance.before-start} before the meeting starts
   */
  public void recordAttendance(ActorId actor, Attendance attendance, Instant now) {
    requireStatus("attend", INVITATIONS_OUT, HELD);
    RuleViolation.require(attendance != Attendance.UNRECORDED, Rule.ATTENDANCE_VALUE, attendance);
    RuleViolation.require(plan.time().hasStartedAt(now), Rule.ATTENDANCE_BEFORE_START, now);
    invitations.put(actor, invitation(actor).withAttendance(attendance));
    status = HELD;
  }

  /**
   * Records a contribution, replacing an earlier one of the same actor. A written contribution may
   * arrive as soon as invitations are out; an oral one is given in the room by a present actor.
   *
   * @throws RuleViolation {@code invitation.missing} when the actor was not invited,
   *     {@code contribution.oral.absent} for an oral contribution of an actor not present
   */
  public void contribute(Contribution contribution) {
    if (contribution.form() == ContributionForm.WRITTEN) {
      requireStatus("contribute", INVITATIONS_OUT, HELD, WRITTEN_UP);
    } else {
      requireStatus("contribute", HELD, WRITTEN_UP);
    }
    Invitation invitation = invitation(contribution.actor());
    RuleViolation.require(
        contribution.form() == ContributionForm.WRITTEN || invitation.present(),
        Rule.CONTRIBUTION_ORAL_ABSENT,
        contribution.actor());
    contributions.put(contribution.actor(), contribution);
  }

  /**
   * Forms the groups of the dialogue round at agenda position {@code round}, replacing earlier groups
   * of that round. Every present actor is in exactly one group; no one else is.
   *
   * @throws RuleViolation {@code group.round.not-dialogue}, {@code group.count} when the number of groups
   *     differs from the round's, {@code group.member.absent}, {@code group.member.twice},
   *     {@code group.member.missing}
   */
  public void formGroups(int round, List<DialogueGroup> newGroups) {
    requireStatus("group", HELD, WRITTEN_UP);
    requireValidGroups(round, newGroups);
    groups.removeIf(g -> g.round() == round);
    groups.addAll(newGroups);
  }

  private void requireValidGroups(int round, List<DialogueGroup> newGroups) {
    Round.Dialogue dialogue = dialogueRound(round);
    RuleViolation.require(newGroups.size() == dialogue.groups(), Rule.GROUP_COUNT, newGroups.size());
    Set<ActorId> seen = new HashSet<>();
    for (int i = 0; i < newGroups.size(); i++) {
      DialogueGroup group = newGroups.get(i);
      RuleViolation.require(group.round() == round && group.number() == i + 1, Rule.GROUP_NUMBER, group.number());
      for (ActorId member : group.members()) {
        RuleViolation.require(invitations.containsKey(member) && invitations.get(member).present(), Rule.GROUP_MEMBER_ABSENT, member);
        RuleViolation.require(seen.add(member), Rule.GROUP_MEMBER_TWICE, member);
      }
    }
    presentActors().stream()
        .filter(actor -> !seen.contains(actor))
        .findFirst()
        .ifPresent(missing -> {
          throw new RuleViolation(Rule.GROUP_MEMBER_MISSING, missing);
        });
  }

  /** Records what a group discussed. */
  public void recordGroupNotes(int round, int group, String notes) {
    requireStatus("group", HELD, WRITTEN_UP);
    replaceGroup(group(round, group).withNotes(notes));
  }

  /** Records a challenge where it was raised: in a contribution, a group or the plenary. */
  public void recordChallenge(Challenge challenge) {
    requireStatus("challenge", HELD, WRITTEN_UP);
    ChallengeSource source = challenge.source();
    if (source instanceof ChallengeSource.InContribution in) {
      Contribution contribution = contribution(in.actor())
          .orElseThrow(() -> new NotFoundException("contribution", in.actor()));
      contributions.put(in.actor(), contribution.withChallenge(challenge.text()));
    } else if (source instanceof ChallengeSource.InGroup in) {
      replaceGroup(group(in.round(), in.group()).withChallenge(challenge.text()));
    } else {
      plenaryChallenges.add(challenge.text());
    }
  }

  /** Records a decision. */
  public void decide(Decision decision) {
    requireStatus("decide", HELD, WRITTEN_UP);
    decisions.add(requireNonNull(decision, "decision"));
  }

  /**
   * Adds an action item.
   *
   * @throws RuleViolation {@code action.due.before-meeting} when it is due before the meeting
   */
  public void addActionItem(ActionItem item) {
    requireStatus("act", HELD, WRITTEN_UP);
    RuleViolation.require(!item.due().isBefore(plan.time().date()), Rule.ACTION_DUE_BEFORE_MEETING, item.due());
    RuleViolation.require(actionItems.stream().noneMatch(a -> a.id().equals(item.id())), Rule.ACTION_DUPLICATE, item.id());
    actionItems.add(item);
  }

  /**
   * Marks an action item done. Progress is tracked after publication too: the write-up lists what was
   * agreed, not whether it is done yet.
   */
  public void completeActionItem(ActionItemId itemId, LocalDate on) {
    requireStatus("complete", HELD, WRITTEN_UP, PUBLISHED);
    ActionItem item = actionItem(itemId);
    RuleViolation.require(item.done().isEmpty(), Rule.ACTION_DONE, itemId);
    RuleViolation.require(!on.isBefore(plan.time().date()), Rule.ACTION_DONE_BEFORE_MEETING, on);
    actionItems.set(actionItems.indexOf(item), item.completedOn(on));
  }

  /**
   * Records the follow-up meeting planned from this one.
   *
   * @throws RuleViolation {@code follow-up.not-after} unless it is after this meeting's day,
   *     {@code follow-up.duplicate} when one is recorded already
   */
  public void scheduleFollowUp(FollowUp next) {
    requireStatus("follow-up", HELD, WRITTEN_UP);
    requireFollowUpDate(next.date());
    RuleViolation.require(followUp.isEmpty(), Rule.FOLLOW_UP_DUPLICATE, followUp.map(FollowUp::date).orElse(null));
    followUp = Optional.of(next);
  }

  /** Refuses a follow-up date that is not after this meeting's day. */
  public void requireFollowUpDate(LocalDate date) {
    RuleViolation.require(date.isAfter(plan.time().date()), Rule.FOLLOW_UP_NOT_AFTER, date);
  }

  // --- the write-up ----------------------------------------------------------------------------

  /** Sets or moves the day the write-up is promised by. */
  public void promiseWriteUpBy(LocalDate due) {
    requireStatus("promise", PLANNED, INVITATIONS_OUT, HELD, WRITTEN_UP);
    MeetingPlan.requireDueNotBefore(due, plan.time());
    plan = plan.withWriteUpDue(due);
  }

  /** Marks the meeting as written up: its outcomes are complete enough to be summarised. */
  public void writeUp() {
    requireStatus("write-up", HELD, WRITTEN_UP);
    status = WRITTEN_UP;
  }

  /**
   * Publishes the write-up. From now on nothing in it changes except through {@link #revise()}.
   *
   * @throws RuleViolation {@code write-up.publish.before-meeting} before the meeting's day
   */
  public void publish(LocalDate today) {
    requireStatus("publish", WRITTEN_UP);
    RuleViolation.require(!today.isBefore(plan.time().date()), Rule.WRITE_UP_PUBLISH_BEFORE_MEETING, today);
    status = PUBLISHED;
    publishedOn = Optional.of(today);
  }

  /** Opens a new revision of a published write-up, to be published again. */
  public void revise() {
    requireStatus("revise", PUBLISHED);
    status = WRITTEN_UP;
    revision++;
  }

  /** Cancels a meeting that has not been held. */
  public void cancel() {
    requireStatus("cancel", PLANNED, INVITATIONS_OUT);
    status = CANCELLED;
  }

  /** Drops every reference to an erased contact person: as representative and as owner of action items. */
  public void forgetContact(ContactRef person) {
    Invitation invitation = invitations.get(person.actor());
    if (invitation != null) {
      List<ContactPersonId> left = new ArrayList<>(invitation.representatives());
      left.remove(person.contact());
      invitations.put(person.actor(), new Invitation(
          invitation.actor(), left, invitation.invitedAt(), invitation.response(), invitation.attendance()));
    }
    actionItems.replaceAll(item -> item.owner().equals(Optional.of(person)) ? item.withoutOwner() : item);
  }

  // --- reading ---------------------------------------------------------------------------------

  /**
   * The invitation of an actor.
   *
   * @throws RuleViolation {@code invitation.missing} when the actor is not invited
   */
  public Invitation invitation(ActorId actor) {
    Invitation invitation = invitations.get(actor);
    RuleViolation.require(invitation != null, Rule.INVITATION_MISSING, actor);
    return invitation;
  }

  public boolean isInvited(ActorId actor) {
    return invitations.containsKey(actor);
  }

  public List<Invitation> invitations() {
    return List.copyOf(invitations.values());
  }

  /** The actors recorded present, in invitation order. */
  public List<ActorId> presentActors() {
    return invitations.values().stream().filter(Invitation::present).map(Invitation::actor).toList();
  }

  public List<Contribution> contributions() {
    return List.copyOf(contributions.values());
  }

  public Optional<Contribution> contribution(ActorId actor) {
    return Optional.ofNullable(contributions.get(actor));
  }

  /** All groups of all dialogue rounds, by round and number. */
  public List<DialogueGroup> groups() {
    return List.copyOf(groups);
  }

  /** Every challenge raised, from contributions, groups and the plenary, in that order. */
  public List<Challenge> challenges() {
    Stream<Challenge> fromContributions = contributions.values().stream()
        .flatMap(c -> c.challenges().stream().map(t -> new Challenge(t, new ChallengeSource.InContribution(c.actor()))));
    Stream<Challenge> fromGroups = groups.stream()
        .flatMap(g -> g.challenges().stream().map(t -> new Challenge(t, new ChallengeSource.InGroup(g.round(), g.number()))));
    Stream<Challenge> fromPlenary = plenaryChallenges.stream().map(t -> new Challenge(t, new ChallengeSource.InPlenary()));
    return Stream.of(fromContributions, fromGroups, fromPlenary).flatMap(s -> s).toList();
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  public List<ActionItem> actionItems() {
    return List.copyOf(actionItems);
  }

  public ActionItem actionItem(ActionItemId itemId) {
    return actionItems.stream()
        .filter(a -> a.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("action", itemId));
  }

  public Optional<FollowUp> followUp() {
    return followUp;
  }

  public MeetingId id() {
    return id;
  }

  public long version() {
    return version;
  }

  public CircleId circle() {
    return circle;
  }

  public MeetingPlan plan() {
    return plan;
  }

  public String title() {
    return plan.title();
  }

  public MeetingTime time() {
    return plan.time();
  }

  public MeetingStatus status() {
    return status;
  }

  /** The write-up's revision: 0 until a published write-up is revised. */
  public int revision() {
    return revision;
  }

  public Optional<LocalDate> publishedOn() {
    return publishedOn;
  }

  /**
   * The dialogue round at agenda position {@code round}.
   *
   * @throws RuleViolation {@code group.round.not-dialogue} when there is none
   */
  public Round.Dialogue dialogueRound(int round) {
    List<Round> agenda = plan.agenda();
    RuleViolation.require(
        round >= 0 && round < agenda.size() && agenda.get(round) instanceof Round.Dialogue,
        Rule.GROUP_ROUND_NOT_DIALOGUE,
        round);
    return (Round.Dialogue) agenda.get(round);
  }

  private DialogueGroup group(int round, int number) {
    return groups.stream()
        .filter(g -> g.round() == round && g.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("group", round + "/" + number));
  }

  private void replaceGroup(DialogueGroup group) {
    groups.replaceAll(g -> g.round() == group.round() && g.number() == group.number() ? group : g);
  }

  private void requireStatus(String step, MeetingStatus... allowed) {
    if (status == PUBLISHED && !List.of(allowed).contains(PUBLISHED)) {
      throw new RuleViolation(Rule.WRITE_UP_PUBLISHED, step);
    }
    RuleViolation.require(List.of(allowed).contains(status), Rule.MEETING_STATUS_STEP, status + " → " + step);
  }

  /** The stored form of a meeting. */
  public record State(
      MeetingId id,
      long version,
      CircleId circle,
      MeetingPlan plan,
      MeetingStatus status,
      int revision,
      Optional<LocalDate> publishedOn,
      List<Invitation> invitations,
      List<Contribution> contributions,
      List<DialogueGroup> groups,
      List<String> plenaryChallenges,
      List<Decision> decisions,
      List<ActionItem> actionItems,
      Optional<FollowUp> followUp) {
    public State {
      invitations = List.copyOf(invitations);
      contributions = List.copyOf(contributions);
      groups = List.copyOf(groups);
      plenaryChallenges = List.copyOf(plenaryChallenges);
      decisions = List.copyOf(decisions);
      actionItems = List.copyOf(actionItems);
    }
  }
}
