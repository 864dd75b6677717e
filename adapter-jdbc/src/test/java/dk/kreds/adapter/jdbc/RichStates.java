package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.circle.Membership;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One state of each aggregate with every optional part both present and absent, every kind of a closed
 * type, and text that JSON must escape: the documents in {@code src/test/resources/documents} are these
 * states as the first release stored them.
 */
final class RichStates {

  static final String TRICKY = "Æ\"ø\\å\n\ttab\u0001 </script> 😀";

  private static final ActorId FIRST = id(ActorId::new, 1);
  private static final ActorId SECOND = id(ActorId::new, 2);
  private static final ContactPersonId PERSON = id(ContactPersonId::new, 3);
  private static final Instant AT = Instant.parse("2014-11-20T09:15:30.123456789Z");

  private RichStates() {}

  static Actor.State actor(long version) {
    ActorProfile profile = new ActorProfile("Æbleø Fællesskab " + TRICKY, Optional.of("ÆFS"), ActorKind.HOUSING_ASSOCIATION,
        Optional.of(new Cvr("25313763")), Optional.of(Website.parse("https://www.aebleoe.dk/om-os?a=1&b=%C3%B8")),
        Optional.of("Ærø"), Optional.of("Blåbær og rødgrød med fløde.\nAnden linje."), List.of("Økologi", TRICKY),
        Optional.of(SECOND), true);
    ContactPerson full = new ContactPerson(PERSON, "Søren Åge Ødegård", Optional.of("Daglig leder"),
        Optional.of(new Email("søren@æbleø.dk")), Optional.of(Phone.parse("+45 20 30 40 50")),
        new LawfulBasis(LawfulBasis.Ground.CONSENT, AT));
    ContactPerson bare = new ContactPerson(id(ContactPersonId::new, 4), "Åse", Optional.empty(), Optional.empty(),
        Optional.empty(), new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, Instant.parse("2014-10-01T07:00:00Z")));
    return new Actor.State(FIRST, version, profile, true, List.of(full, bare));
  }

  static Circle.State circle(long version) {
    return new Circle.State(id(CircleId::new, 5), version, "Kredsen " + TRICKY, List.of(FIRST),
        List.of(new Membership(FIRST, LocalDate.of(2014, 10, 1)), new Membership(SECOND, LocalDate.of(2015, 2, 28))),
        Optional.of(new Cadence(6)), List.of(new ContactRef(FIRST, PERSON)),
        Optional.of(new DiscussionChannel("Socialøkonomisk Netværk", Optional.of(Website.parse("https://netvaerk.dk/kreds")))),
        List.of(new DiscussionTheme("Opsamling", TRICKY, LocalDate.of(2014, 11, 27), Optional.of(new ContactRef(FIRST, PERSON))),
            new DiscussionTheme("Uden forfatter", "Brødtekst", LocalDate.of(2014, 12, 1), Optional.empty())));
  }

  static Meeting.State meeting(long version) {
    ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
    MeetingTime time = new MeetingTime(ZonedDateTime.of(2014, 11, 25, 13, 0, 0, 0, copenhagen),
        ZonedDateTime.of(2014, 11, 25, 16, 30, 0, 500_000_000, copenhagen));
    MeetingPlan plan = new MeetingPlan("Stormøde " + TRICKY, time, new Venue("Kooperationen", Optional.of("København")),
        Optional.of("Overblik over feltet"), List.of(FIRST, SECOND),
        List.of(new Round.Presentation(), new Round.Dialogue(3, Optional.of("Fælles interesser")),
            new Round.Dialogue(2, Optional.empty()), new Round.Other("Frokost på Ærø"), new Round.Closing()),
        Optional.of(LocalDate.of(2014, 12, 12)));
    List<Invitation> invitations = List.of(
        new Invitation(FIRST, List.of(PERSON), AT, new Response.Accepted(AT.plusSeconds(60)), Attendance.PRESENT),
        new Invitation(SECOND, List.of(), AT, new Response.Declined(AT.plusSeconds(120)), Attendance.ABSENT),
        new Invitation(id(ActorId::new, 6), List.of(), AT, new Response.Pending(), Attendance.UNRECORDED));
    List<Contribution> contributions = List.of(
        new Contribution(SECOND, ContributionForm.WRITTEN, "Vi er " + TRICKY, List.of("Finansiering", "Synlighed"),
            List.of(FIRST), AT.plusSeconds(3600)),
        new Contribution(FIRST, ContributionForm.ORAL, "Vi driver en café", List.of(), List.of(), AT.plusSeconds(7200)));
    List<DialogueGroup> groups = List.of(
        new DialogueGroup(1, 1, List.of(FIRST, SECOND), Optional.of("Noter " + TRICKY), List.of("Adgang til kapital")),
        new DialogueGroup(1, 2, List.of(id(ActorId::new, 6)), Optional.empty(), List.of()));
    List<ActionItem> actions = List.of(
        new ActionItem(id(ActionItemId::new, 7), "Skriv opsamling", Optional.of(new ContactRef(FIRST, PERSON)),
            LocalDate.of(2014, 12, 12), Optional.of(LocalDate.of(2014, 12, 10))),
        new ActionItem(id(ActionItemId::new, 8), "Find næste dato", Optional.empty(), LocalDate.of(2015, 1, 15), Optional.empty()));
    return new Meeting.State(id(MeetingId::new, 9), version, id(CircleId::new, 5), plan, MeetingStatus.PUBLISHED, 2,
        Optional.of(LocalDate.of(2014, 12, 11)), invitations, contributions, groups, List.of("Fælles sprog", TRICKY),
        List.of(new Decision("Vi mødes igen", DecisionKind.CONSENSUS), new Decision("Arbejdsgruppe", DecisionKind.NOTED)),
        actions, Optional.of(new FollowUp(id(MeetingId::new, 10), LocalDate.of(2015, 5, 25), List.of(FIRST), List.of(SECOND))));
  }

  private static <T> T id(java.util.function.Function<UUID, T> make, int n) {
    return make.apply(new UUID(0x4b5245445300L, n));
  }
}
