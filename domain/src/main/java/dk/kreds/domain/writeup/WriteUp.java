package dk.kreds.domain.writeup;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.DanishOrder;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The summary of a meeting (sammenskrivning) as data, not text: adapters render it in Danish or
 * English, as Markdown, HTML or JSON. Actors and persons appear by name; an erased person does not
 * appear at all.
 */
public record WriteUp(
    String title,
    ZonedDateTime start,
    ZonedDateTime end,
    Venue venue,
    Optional<String> purpose,
    List<String> conveners,
    Figures figures,
    List<String> present,
    List<Round> rounds,
    List<Group> groups,
    List<WrittenContribution> writtenContributions,
    List<String> plenaryChallenges,
    List<DecisionLine> decisions,
    List<Action> actionItems,
    Optional<Next> followUp,
    List<Person> workingGroup,
    Optional<DiscussionChannel> channel,
    Optional<LocalDate> due,
    MeetingStatus status,
    int revision,
    Optional<LocalDate> publishedOn) {

  public WriteUp {
    conveners = List.copyOf(conveners);
    present = List.copyOf(present);
    rounds = List.copyOf(rounds);
    groups = List.copyOf(groups);
    writtenContributions = List.copyOf(writtenContributions);
    plenaryChallenges = List.copyOf(plenaryChallenges);
    decisions = List.copyOf(decisions);
    actionItems = List.copyOf(actionItems);
    workingGroup = List.copyOf(workingGroup);
  }

  /** How many were invited, came, were recorded absent, and wrote; unrecorded invitees count in neither. */
  public record Figures(int invited, int present, int absent, int writtenContributions) {}

  /** A dialogue group with its members' names, in Danish order. */
  public record Group(int round, int number, List<String> members, Optional<String> notes, List<String> challenges) {}

  /** A written contribution by an actor. */
  public record WrittenContribution(String actor, String selfPresentation, List<String> challenges) {}

  /** A decision. */
  public record DecisionLine(String text, DecisionKind kind) {}

  /** An action item: what, who (if anyone), by when. */
  public record Action(String description, Optional<String> owner, LocalDate due) {}

  /** The follow-up meeting. */
  public record Next(LocalDate date, Optional<Integer> cadenceMonths, int carriedOver, List<String> suggested) {}

  /** A person of the working group, with the actor they come from. */
  public record Person(String name, String actor, Optional<Email> email) {}

  /**
   * Summarises {@code meeting} of {@code circle}.
   *
   * @param names the name of every actor the meeting or circle refers to
   * @param people the actors whose contact persons it names: the working group's and the action items'
   *     owners'
   */
  public static WriteUp of(Meeting meeting, Circle circle, Map<ActorId, String> names, Map<ActorId, Actor> people) {
    Function<ActorId, String> name = id -> names.getOrDefault(id, id.toString());
    List<Invitation> invitations = meeting.invitations();
    int present = meeting.presentActors().size();
    int absent = (int) invitations.stream().filter(i -> i.attendance() == Attendance.ABSENT).count();
    List<WrittenContribution> written = DanishOrder.sort(meeting.contributions().stream()
        .filter(c -> c.form() == ContributionForm.WRITTEN)
        .map(c -> new WrittenContribution(name.apply(c.actor()), c.selfPresentation(), c.challenges()))
        .toList(), WrittenContribution::actor);
    List<Group> groups = meeting.groups().stream()
        .map(g -> new Group(g.round(), g.number(), sortedNames(g.members(), name), g.notes(), g.challenges()))
        .toList();
    List<String> plenary = meeting.challenges().stream()
        .filter(c -> c.source() instanceof ChallengeSource.InPlenary)
        .map(Challenge::text)
        .toList();
    Optional<Next> next = meeting.followUp().map(f -> new Next(
        f.date(), circle.cadence().map(Cadence::months), f.carriedOver().size(), sortedNames(f.suggested(), name)));
    return new WriteUp(
        meeting.title(),
        meeting.time().start(),
        meeting.time().end(),
        meeting.plan().venue(),
        meeting.plan().purpose(),
        meeting.plan().conveners().stream().map(name).toList(),
        new Figures(invitations.size(), present, absent, written.size()),
        sortedNames(meeting.presentActors(), name),
        meeting.plan().agenda(),
        groups,
        written,
        plenary,
        meeting.decisions().stream().map(d -> new DecisionLine(d.text(), d.kind())).toList(),
        meeting.actionItems().stream()
            .map(a -> new Action(a.description(), a.owner().flatMap(o -> person(o, people)).map(ContactPerson::name), a.due()))
            .toList(),
        next,
        circle.workingGroup().stream()
            .flatMap(ref -> person(ref, people).stream().map(p -> new Person(p.name(), name.apply(ref.actor()), p.email())))
            .toList(),
        circle.channel(),
        meeting.plan().writeUpDue(),
        meeting.status(),
        meeting.revision(),
        meeting.publishedOn());
  }

  private static List<String> sortedNames(List<ActorId> ids, Function<ActorId, String> name) {
    return DanishOrder.sort(ids.stream().map(name).toList(), text -> text);
  }

  private static Optional<ContactPerson> person(ContactRef ref, Map<ActorId, Actor> actors) {
    return Optional.ofNullable(actors.get(ref.actor())).flatMap(a -> a.findContact(ref.contact()));
  }
}
