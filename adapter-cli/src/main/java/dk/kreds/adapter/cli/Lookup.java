package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Text;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds what a person names on the command line: by id, by the start of an id (at least four
 * characters, as the tables show eight), or by name. A name matches exactly (ignoring case and spacing)
 * or, when nothing matches exactly, as a part of a name. More than one match is
 * {@link AmbiguousReferenceException}; none is {@link NotFoundException}.
 *
 * <p>Actors answer to their name and short name, circles to their name, meetings to their title and
 * their day ({@code 2014-11-25}), persons to their name and e-mail address, action items to their
 * description.
 */
final class Lookup {

  private static final int SHORTEST_ID_PREFIX = 4;

  private final UseCases use;

  Lookup(UseCases use) {
    this.use = use;
  }

  ActorId actor(String query) {
    return fullId(query).map(ActorId::new).orElseGet(() -> pick("actor", query, actors(),
        a -> a.id().value(), a -> Stream.concat(Stream.of(a.name()), a.profile().shortName().stream()).toList(),
        Actor::name).id());
  }

  List<ActorId> actors(List<String> queries) {
    return queries.stream().map(this::actor).toList();
  }

  CircleId circle(String query) {
    return fullId(query).map(CircleId::new).orElseGet(() -> pick("circle", query, use.listCircles().list(),
        c -> c.id().value(), c -> List.of(c.name()), Circle::name).id());
  }

  MeetingId meeting(String query) {
    return fullId(query).map(MeetingId::new).orElseGet(() -> pick("meeting", query,
        use.listMeetings().list(new ListMeetingsUseCase.Command(Optional.empty())),
        m -> m.id().value(), m -> List.of(m.title(), m.time().date().toString()),
        m -> m.time().date() + " " + m.title()).id());
  }

  /** A contact person of any actor, by id, name or e-mail address. */
  ContactRef person(String query) {
    record Person(Actor actor, ContactPerson person) {}
    List<Person> persons = actors().stream().flatMap(a -> a.contacts().stream().map(c -> new Person(a, c))).toList();
    Person found = pick("contact", query, persons, p -> p.person().id().value(),
        p -> Stream.concat(Stream.of(p.person().name()), p.person().email().stream().map(Object::toString)).toList(),
        p -> p.person().name() + p.person().email().map(e -> " <" + e + ">").orElse("") + " – " + p.actor().name());
    return new ContactRef(found.actor().id(), found.person().id());
  }

  List<ContactRef> persons(List<String> queries) {
    return queries.stream().map(this::person).toList();
  }

  /** An action item of the meeting, by id or description. */
  ActionItemId actionItem(Meeting meeting, String query) {
    return pick("action", query, meeting.actionItems(), i -> i.id().value(), i -> List.of(i.description()),
        ActionItem::description).id();
  }

  private List<Actor> actors() {
    return use.listActors().list(new ListActorsUseCase.Command(true));
  }

  private static Optional<UUID> fullId(String query) {
    try {
      return query.length() == 36 ? Optional.of(UUID.fromString(query)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static <T> T pick(String entity, String query, List<T> all, Function<T, UUID> id,
      Function<T, List<String>> names, Function<T, String> label) {
    String key = Text.key(query);
    Optional<UUID> full = fullId(query);
    if (full.isPresent()) {
      return single(entity, query, all, t -> id.apply(t).equals(full.get()), id, label);
    }
    Predicate<T> exact = t -> names.apply(t).stream().anyMatch(name -> Text.key(name).equals(key));
    Predicate<T> idPrefix = t -> key.length() >= SHORTEST_ID_PREFIX && key.matches("[0-9a-f-]+")
        && id.apply(t).toString().startsWith(key);
    Predicate<T> part = t -> !key.isEmpty() && names.apply(t).stream().anyMatch(name -> Text.key(name).contains(key));
    for (Predicate<T> match : List.of(exact, idPrefix)) {
      if (all.stream().anyMatch(match)) {
        return single(entity, query, all, match, id, label);
      }
    }
    return single(entity, query, all, part, id, label);
  }

  private static <T> T single(String entity, String query, List<T> all, Predicate<T> match, Function<T, UUID> id,
      Function<T, String> label) {
    List<T> found = all.stream().filter(match).toList();
    if (found.isEmpty()) {
      throw new NotFoundException(entity, query);
    }
    if (found.size() > 1) {
      throw new AmbiguousReferenceException(entity, query,
          found.stream().map(t -> Ids.shorten(id.apply(t)) + "  " + label.apply(t)).toList());
    }
    return found.get(0);
  }
}
