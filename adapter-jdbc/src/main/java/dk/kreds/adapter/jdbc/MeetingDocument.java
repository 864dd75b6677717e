package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.circle.CircleId;
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
import java.time.format.DateTimeFormatter;

/**
 * A meeting's document: its plan, and everything recorded at it and after. A round of the agenda and
 * a response say their kind in a {@code type} field, written first.
 */
final class MeetingDocument extends DocumentFormat<Meeting.State> {

  private static final String TYPE = "type";

  MeetingDocument() {
    super("meeting");
  }

  @Override
  void write(Meeting.State meeting, DocumentWriter document) {
    document.text("id", meeting.id())
        .text("circle", meeting.circle())
        .object("plan", meeting.plan(), MeetingDocument::writePlan)
        .constant("status", meeting.status())
        .number("revision", meeting.revision())
        .optional("publishedOn", meeting.publishedOn())
        .objects("invitations", meeting.invitations(), MeetingDocument::writeInvitation)
        .objects("contributions", meeting.contributions(), MeetingDocument::writeContribution)
        .objects("groups", meeting.groups(), MeetingDocument::writeGroup)
        .texts("plenaryChallenges", meeting.plenaryChallenges())
        .objects("decisions", meeting.decisions(), (decision, fields) ->
            fields.text("text", decision.text()).constant("kind", decision.kind()))
        .objects("actionItems", meeting.actionItems(), MeetingDocument::writeActionItem)
        .optionalObject("followUp", meeting.followUp(), MeetingDocument::writeFollowUp);
  }

  @Override
  Meeting.State read(DocumentFields document, long version) {
    return new Meeting.State(document.text("id", MeetingId::parse), version,
        document.text("circle", CircleId::parse),
        document.object("plan", MeetingDocument::readPlan),
        document.constant("status", MeetingStatus.class),
        document.integer("revision"),
        document.optionalText("publishedOn", IsoTimes::date),
        document.objects("invitations", MeetingDocument::readInvitation),
        document.objects("contributions", MeetingDocument::readContribution),
        document.objects("groups", MeetingDocument::readGroup),
        document.texts("plenaryChallenges"),
        document.objects("decisions", fields ->
            new Decision(fields.text("text"), fields.constant("kind", DecisionKind.class))),
        document.objects("actionItems", MeetingDocument::readActionItem),
        document.optionalObject("followUp", MeetingDocument::readFollowUp));
  }

  private static void writePlan(MeetingPlan plan, DocumentWriter fields) {
    fields.text("title", plan.title())
        // ISO with the zone's id and every second, which ZonedDateTime.toString() leaves out when zero.
        .object("time", plan.time(), (time, times) -> times
            .text("start", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(time.start()))
            .text("end", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(time.end())))
        .object("venue", plan.venue(), (venue, place) -> place.text("name", venue.name()).optional("city", venue.city()))
        .optional("purpose", plan.purpose())
        .texts("conveners", plan.conveners())
        .objects("agenda", plan.agenda(), MeetingDocument::writeRound)
        .optional("writeUpDue", plan.writeUpDue());
  }

  private static MeetingPlan readPlan(DocumentFields fields) {
    return new MeetingPlan(fields.text("title"),
        fields.object("time", times ->
            new MeetingTime(times.text("start", IsoTimes::zoned), times.text("end", IsoTimes::zoned))),
        fields.object("venue", place -> new Venue(place.text("name"), place.optionalText("city"))),
        fields.optionalText("purpose"),
        fields.texts("conveners", ActorId::parse),
        fields.objects("agenda", MeetingDocument::readRound),
        fields.optionalText("writeUpDue", IsoTimes::date));
  }

  private static void writeRound(Round round, DocumentWriter fields) {
    if (round instanceof Round.Presentation) {
      fields.text(TYPE, "presentation");
    } else if (round instanceof Round.Dialogue dialogue) {
      fields.text(TYPE, "dialogue").number("groups", dialogue.groups()).optional("topic", dialogue.topic());
    } else if (round instanceof Round.Closing) {
      fields.text(TYPE, "closing");
    } else if (round instanceof Round.Other other) {
      fields.text(TYPE, "other").text("title", other.title());
    } else {
      throw new IllegalArgumentException("no document for the round " + round.getClass().getName());
    }
  }

  private static Round readRound(DocumentFields fields) {
    return switch (fields.text(TYPE)) {
      case "presentation" -> new Round.Presentation();
      case "dialogue" -> new Round.Dialogue(fields.integer("groups"), fields.optionalText("topic"));
      case "closing" -> new Round.Closing();
      case "other" -> new Round.Other(fields.text("title"));
      default -> throw fields.unknown(TYPE);
    };
  }

  private static void writeInvitation(Invitation invitation, DocumentWriter fields) {
    fields.text("actor", invitation.actor())
        .texts("representatives", invitation.representatives())
        .text("invitedAt", invitation.invitedAt())
        .object("response", invitation.response(), MeetingDocument::writeResponse)
        .constant("attendance", invitation.attendance());
  }

  private static Invitation readInvitation(DocumentFields fields) {
    return new Invitation(fields.text("actor", ActorId::parse),
        fields.texts("representatives", ContactPersonId::parse),
        fields.text("invitedAt", IsoTimes::instant),
        fields.object("response", MeetingDocument::readResponse),
        fields.constant("attendance", Attendance.class));
  }

  private static void writeResponse(Response response, DocumentWriter fields) {
    if (response instanceof Response.Pending) {
      fields.text(TYPE, "pending");
    } else if (response instanceof Response.Accepted accepted) {
      fields.text(TYPE, "accepted").text("at", accepted.at());
    } else if (response instanceof Response.Declined declined) {
      fields.text(TYPE, "declined").text("at", declined.at());
    } else {
      throw new IllegalArgumentException("no document for the response " + response.getClass().getName());
    }
  }

  private static Response readResponse(DocumentFields fields) {
    return switch (fields.text(TYPE)) {
      case "pending" -> new Response.Pending();
      case "accepted" -> new Response.Accepted(fields.text("at", IsoTimes::instant));
      case "declined" -> new Response.Declined(fields.text("at", IsoTimes::instant));
      default -> throw fields.unknown(TYPE);
    };
  }

  private static void writeContribution(Contribution contribution, DocumentWriter fields) {
    fields.text("actor", contribution.actor())
        .constant("form", contribution.form())
        .text("selfPresentation", contribution.selfPresentation())
        .texts("challenges", contribution.challenges())
        .texts("mentions", contribution.mentions())
        .text("received", contribution.received());
  }

  private static Contribution readContribution(DocumentFields fields) {
    return new Contribution(fields.text("actor", ActorId::parse),
        fields.constant("form", ContributionForm.class),
        fields.text("selfPresentation"),
        fields.texts("challenges"),
        fields.texts("mentions", ActorId::parse),
        fields.text("received", IsoTimes::instant));
  }

  private static void writeGroup(DialogueGroup group, DocumentWriter fields) {
    fields.number("round", group.round())
        .number("number", group.number())
        .texts("members", group.members())
        .optional("notes", group.notes())
        .texts("challenges", group.challenges());
  }

  private static DialogueGroup readGroup(DocumentFields fields) {
    return new DialogueGroup(fields.integer("round"),
        fields.integer("number"),
        fields.texts("members", ActorId::parse),
        fields.optionalText("notes"),
        fields.texts("challenges"));
  }

  private static void writeActionItem(ActionItem item, DocumentWriter fields) {
    fields.text("id", item.id())
        .text("description", item.description())
        .optionalObject("owner", item.owner(), ActorDocument::writeContactRef)
        .text("due", item.due())
        .optional("done", item.done());
  }

  private static ActionItem readActionItem(DocumentFields fields) {
    return new ActionItem(fields.text("id", ActionItemId::parse),
        fields.text("description"),
        fields.optionalObject("owner", ActorDocument::readContactRef),
        fields.text("due", IsoTimes::date),
        fields.optionalText("done", IsoTimes::date));
  }

  private static void writeFollowUp(FollowUp followUp, DocumentWriter fields) {
    fields.text("next", followUp.next())
        .text("date", followUp.date())
        .texts("carriedOver", followUp.carriedOver())
        .texts("suggested", followUp.suggested());
  }

  private static FollowUp readFollowUp(DocumentFields fields) {
    return new FollowUp(fields.text("next", MeetingId::parse),
        fields.text("date", IsoTimes::date),
        fields.texts("carriedOver", ActorId::parse),
        fields.texts("suggested", ActorId::parse));
  }
}
