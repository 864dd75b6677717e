package dk.kreds.domain.circle;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The standing network around a process (kreds): its conveners, its members, how often it meets, the
 * working group that carries it forward and the channel it discusses in.
 */
public final class Circle {

  private final CircleId id;
  private final long version;
  private final String name;
  private final List<ActorId> conveners;
  private final List<Membership> members = new ArrayList<>();
  private Optional<Cadence> cadence = Optional.empty();
  private List<ContactRef> workingGroup = List.of();
  private Optional<DiscussionChannel> channel = Optional.empty();
  private final List<DiscussionTheme> themes = new ArrayList<>();

  private Circle(CircleId id, long version, String name, List<ActorId> conveners) {
    this.id = requireNonNull(id, "id");
    this.version = version;
    this.name = Text.require(name, 1, 200, Rule.CIRCLE_NAME_LENGTH);
    RuleViolation.require(!conveners.isEmpty(), Rule.CIRCLE_CONVENERS_EMPTY, "");
    RuleViolation.require(new HashSet<>(conveners).size() == conveners.size(), Rule.CIRCLE_CONVENER_DUPLICATE, conveners);
    this.conveners = List.copyOf(conveners);
  }

  /** Creates a circle; its conveners are its first members. */
  public static Circle create(CircleId id, String name, List<ActorId> conveners, LocalDate founded) {
    Circle circle = new Circle(id, 0, name, conveners);
    conveners.forEach(actor -> circle.addMember(actor, founded));
    return circle;
  }

  /** Rebuilds a circle from its stored state, checking every rule again. */
  public static Circle restore(State state) {
    Circle circle = new Circle(state.id(), state.version(), state.name(), state.conveners());
    state.members().forEach(m -> circle.addMember(m.actor(), m.joined()));
    state.cadence().ifPresent(circle::setCadence);
    circle.setWorkingGroup(state.workingGroup());
    state.channel().ifPresent(circle::setChannel);
    state.themes().forEach(circle::postTheme);
    return circle;
  }

  /** The whole state, for storage. */
  public State state() {
    return new State(id, version, name, conveners, members, cadence, workingGroup, channel, themes);
  }

  /**
   * Adds an actor to the circle.
   *
   * @throws RuleViolation {@code circle.member.duplicate} when it is a member already
   */
  public void addMember(ActorId actor, LocalDate joined) {
    RuleViolation.require(!isMember(actor), Rule.CIRCLE_MEMBER_DUPLICATE, actor);
    members.add(new Membership(actor, joined));
  }

  public boolean isMember(ActorId actor) {
    return members.stream().anyMatch(m -> m.actor().equals(actor));
  }

  public void setCadence(Cadence newCadence) {
    cadence = Optional.of(newCadence);
  }

  /**
   * The day of the meeting after one held on {@code date}, from the circle's cadence.
   *
   * @throws RuleViolation {@code follow-up.no-cadence} when the circle has no cadence
   */
  public LocalDate nextMeetingAfter(LocalDate date) {
    return cadence
        .orElseThrow(() -> new RuleViolation(Rule.FOLLOW_UP_NO_CADENCE, name))
        .nextAfter(date);
  }

  /**
   * Names the persons who own the process between meetings. Each must be a contact person of a member
   * (the caller checks that the contact exists).
   */
  public void setWorkingGroup(List<ContactRef> persons) {
    RuleViolation.require(new LinkedHashSet<>(persons).size() == persons.size(), Rule.WORKING_GROUP_DUPLICATE, persons);
    for (ContactRef person : persons) {
      RuleViolation.require(isMember(person.actor()), Rule.WORKING_GROUP_NOT_MEMBER, person.actor());
    }
    workingGroup = List.copyOf(persons);
  }

  /** Drops every reference to an erased person: from the working group and as author of themes. */
  public void forgetPerson(ContactRef person) {
    leaveWorkingGroup(person);
    themes.replaceAll(theme -> theme.author().equals(Optional.of(person)) ? theme.anonymous() : theme);
  }

  /** Removes a person from the working group. */
  public void leaveWorkingGroup(ContactRef person) {
    List<ContactRef> remaining = new ArrayList<>(workingGroup);
    remaining.remove(person);
    workingGroup = List.copyOf(remaining);
  }

  public void setChannel(DiscussionChannel newChannel) {
    channel = Optional.of(newChannel);
  }

  /**
   * Posts a theme to the circle's channel.
   *
   * @throws RuleViolation {@code theme.channel.missing} when the circle has no channel
   */
  public void postTheme(DiscussionTheme theme) {
    RuleViolation.require(channel.isPresent(), Rule.THEME_CHANNEL_MISSING, theme.title());
    themes.add(theme);
  }

  public CircleId id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public List<ActorId> conveners() {
    return conveners;
  }

  public List<Membership> members() {
    return List.copyOf(members);
  }

  public Optional<Cadence> cadence() {
    return cadence;
  }

  public List<ContactRef> workingGroup() {
    return workingGroup;
  }

  public Optional<DiscussionChannel> channel() {
    return channel;
  }

  public List<DiscussionTheme> themes() {
    return List.copyOf(themes);
  }

  /** The stored form of a circle. */
  public record State(
      CircleId id,
      long version,
      String name,
      List<ActorId> conveners,
      List<Membership> members,
      Optional<Cadence> cadence,
      List<ContactRef> workingGroup,
      Optional<DiscussionChannel> channel,
      List<DiscussionTheme> themes) {
    public State {
      conveners = List.copyOf(conveners);
      members = List.copyOf(members);
      workingGroup = List.copyOf(workingGroup);
      themes = List.copyOf(themes);
    }
  }
}
