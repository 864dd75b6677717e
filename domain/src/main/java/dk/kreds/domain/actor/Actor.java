package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An organisation in the field, with the contact persons the circle reaches it through. */
public final class Actor {

  private final ActorId id;
  private final long version;
  private ActorProfile profile;
  private boolean archived;
  private final List<ContactPerson> contacts;

  private Actor(ActorId id, long version, ActorProfile profile, boolean archived, List<ContactPerson> contacts) {
    this.id = requireNonNull(id, "id");
    this.version = version;
    this.archived = archived;
    this.contacts = new ArrayList<>();
    changeProfile(profile);
    contacts.forEach(this::addContact);
  }

  /** Registers a new actor. Uniqueness across actors is checked with {@link #requireDistinctFrom}. */
  public static Actor register(ActorId id, ActorProfile profile) {
    return new Actor(id, 0, profile, false, List.of());
  }

  /** Rebuilds an actor from its stored state, checking every rule again. */
  public static Actor restore(State state) {
    return new Actor(state.id(), state.version(), state.profile(), state.archived(), state.contacts());
  }

  /** The whole state, for storage. */
  public State state() {
    return new State(id, version, profile, archived, contacts);
  }

  /**
   * Refuses {@code other} when it is a different actor with the same name key or the same CVR number.
   *
   * @throws RuleViolation {@code actor.name.duplicate} or {@code actor.cvr.duplicate}
   */
  public void requireDistinctFrom(Actor other) {
    if (other.id.equals(id)) {
      return;
    }
    RuleViolation.require(!other.profile.nameKey().equals(profile.nameKey()), Rule.ACTOR_NAME_DUPLICATE, profile.name());
    RuleViolation.require(
        profile.cvr().isEmpty() || !profile.cvr().equals(other.profile.cvr()),
        Rule.ACTOR_CVR_DUPLICATE,
        profile.cvr().map(Cvr::digits).orElse(""));
  }

  /** Replaces what is known about the actor. */
  public void changeProfile(ActorProfile newProfile) {
    requireNonNull(newProfile, "profile");
    RuleViolation.require(!newProfile.parent().equals(Optional.of(id)), Rule.ACTOR_PARENT_SELF, id);
    this.profile = newProfile;
  }

  /** Archives the actor: it stays in history but is no longer invited or suggested. */
  public void archive() {
    archived = true;
  }

  /**
   * Refuses an archived actor, e.g. as a new invitee or member.
   *
   * @throws RuleViolation {@code actor.archived}
   */
  public void requireActive() {
    RuleViolation.require(!archived, Rule.ACTOR_ARCHIVED, profile.name());
  }

  /** Adds a contact person. */
  public void addContact(ContactPerson contact) {
    requireNonNull(contact, "contact");
    RuleViolation.require(findContact(contact.id()).isEmpty(), Rule.CONTACT_DUPLICATE, contact.id());
    RuleViolation.require(contacts.size() < 100, Rule.CONTACT_COUNT, contacts.size());
    contacts.add(contact);
  }

  /** Replaces a contact person's details, keeping its id. */
  public void updateContact(ContactPerson contact) {
    int index = contacts.indexOf(contact(contact.id()));
    contacts.set(index, contact);
  }

  /** Erases a contact person: nothing of them is kept by this actor. */
  public void eraseContact(ContactPersonId contactId) {
    contacts.remove(contact(contactId));
  }

  /**
   * The contact person with this id.
   *
   * @throws NotFoundException when the actor has no such contact
   */
  public ContactPerson contact(ContactPersonId contactId) {
    return findContact(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
  }

  public Optional<ContactPerson> findContact(ContactPersonId contactId) {
    return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
  }

  public ActorId id() {
    return id;
  }

  /** The version this actor was loaded at; storage refuses a write from a stale version. */
  public long version() {
    return version;
  }

  public ActorProfile profile() {
    return profile;
  }

  public String name() {
    return profile.name();
  }

  public ActorKind kind() {
    return profile.kind();
  }

  public boolean archived() {
    return archived;
  }

  public List<ContactPerson> contacts() {
    return List.copyOf(contacts);
  }

  /** The stored form of an actor. */
  public record State(ActorId id, long version, ActorProfile profile, boolean archived, List<ContactPerson> contacts) {
    public State {
      contacts = List.copyOf(contacts);
    }
  }
}
