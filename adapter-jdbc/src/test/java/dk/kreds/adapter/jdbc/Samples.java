package dk.kreds.adapter.jdbc;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Aggregates to store, with Danish letters everywhere a person types. */
final class Samples {

  static final Instant SINCE = Instant.parse("2014-10-01T07:00:00Z");

  private Samples() {}

  /** A new actor with only a name and a kind. */
  static Actor actor(String name) {
    return Actor.register(new ActorId(UUID.randomUUID()), ActorProfile.of(name, ActorKind.NGO));
  }

  /** A new actor with every part of its profile and a contact person with e-mail and phone. */
  static Actor fullActor() {
    ActorProfile profile = ActorProfile.of("Æbleø Fællesskab for Sårbare", ActorKind.ENTERPRISE)
        .withShortName("ÆFS")
        .withCvr(new Cvr("25313763"))
        .withWebsite(Website.parse("www.aebleoe.dk/om-os"))
        .withRegion("Ærø")
        .withDescription("Økologisk café på Ærø, der ansætter udsatte; blåbær og rødgrød med fløde.")
        .withActivities(List.of("Beskæftigelse", "Økologi", "Café"))
        .withRsv(true);
    Actor actor = Actor.register(new ActorId(UUID.randomUUID()), profile);
    actor.addContact(new ContactPerson(new ContactPersonId(UUID.randomUUID()), "Søren Åge Ødegård",
        Optional.of("Daglig leder"), Optional.of(new Email("søren@æbleø.dk")), Optional.of(Phone.parse("20 30 40 50")),
        new LawfulBasis(LawfulBasis.Ground.CONSENT, SINCE)));
    return actor;
  }

  /** Everything the reference scenario stores, replayed in memory: every part of every aggregate is used. */
  record Stored(List<Actor.State> actors, List<Circle.State> circles, List<Meeting.State> meetings, ReferenceScenario scenario) {}

  static Stored stormode() {
    Ports memory = InMemoryStore.ports();
    ReferenceScenario scenario = ServiceFactory.create(memory, Clock.system(ZoneId.of("Europe/Copenhagen")))
        .loadReferenceScenario().load();
    return new Stored(
        memory.actors().findAll().stream().map(Actor::state).toList(),
        memory.circles().findAll().stream().map(Circle::state).toList(),
        memory.meetings().findAll().stream().map(Meeting::state).toList(),
        scenario);
  }

  static Actor.State at(Actor.State s, long version) {
    return new Actor.State(s.id(), version, s.profile(), s.archived(), s.contacts());
  }

  static Circle.State at(Circle.State s, long version) {
    return new Circle.State(s.id(), version, s.name(), s.conveners(), s.members(), s.cadence(), s.workingGroup(),
        s.channel(), s.themes());
  }

  static Meeting.State at(Meeting.State s, long version) {
    return new Meeting.State(s.id(), version, s.circle(), s.plan(), s.status(), s.revision(), s.publishedOn(),
        s.invitations(), s.contributions(), s.groups(), s.plenaryChallenges(), s.decisions(), s.actionItems(),
        s.followUp());
  }
}
