package dk.kreds.domain.shared;

/**
 * Every rule of the model, each with a stable code, the field it concerns and an English description.
 * Adapters translate by {@link #code()}; the code never changes once released.
 */
public enum Rule {
  ACTOR_NAME_LENGTH("actor.name.length", "name", "must be 1–200 characters"),
  ACTOR_NAME_DUPLICATE("actor.name.duplicate", "name", "another actor has this name (ignoring case and spacing)"),
  ACTOR_SHORT_NAME_LENGTH("actor.short-name.length", "shortName", "must be at most 40 characters"),
  ACTOR_REGION_LENGTH("actor.region.length", "region", "must be at most 100 characters"),
  ACTOR_DESCRIPTION_LENGTH("actor.description.length", "description", "must be at most 4,000 characters"),
  ACTOR_ACTIVITY_LENGTH("actor.activity.length", "activities", "each activity must be 1–100 characters"),
  ACTOR_ACTIVITY_COUNT("actor.activity.count", "activities", "at most 50 activities"),
  ACTOR_PARENT_SELF("actor.parent.self", "parent", "an actor cannot be part of itself"),
  ACTOR_ARCHIVED("actor.archived", "actor", "the actor is archived; it is no longer invited or added"),
  ACTOR_CVR_DUPLICATE("actor.cvr.duplicate", "cvr", "another actor has this CVR number"),
  CVR_FORMAT("actor.cvr.format", "cvr", "must be 8 digits, the first not 0 (a DK prefix and spaces are allowed)"),
  CVR_CHECKSUM("actor.cvr.checksum", "cvr", "fails the modulus-11 check (weights 2,7,6,5,4,3,2,1)"),
  WEBSITE_FORMAT("actor.website.format", "website", "must be an http(s) address with a host"),
  CONTACT_NAME_LENGTH("contact.name.length", "name", "must be 1–200 characters"),
  CONTACT_ROLE_LENGTH("contact.role.length", "role", "must be at most 200 characters"),
  CONTACT_DUPLICATE("contact.duplicate", "contact", "the actor has this contact person already"),
  CONTACT_COUNT("contact.count", "contacts", "an actor has at most 100 contact persons"),
  EMAIL_FORMAT("contact.email.format", "email", "must be an e-mail address like name@example.dk"),
  PHONE_FORMAT("contact.phone.format", "phone", "must be +45 and 8 digits, or an international number in E.164 form"),
  PHONE_DANISH("contact.phone.danish", "phone", "a Danish number has exactly 8 digits after +45"),
  CIRCLE_NAME_LENGTH("circle.name.length", "name", "must be 1–200 characters"),
  CIRCLE_CONVENERS_EMPTY("circle.conveners.empty", "conveners", "a circle needs at least one convener"),
  CIRCLE_CONVENER_DUPLICATE("circle.conveners.duplicate", "conveners", "a convener is named twice"),
  CIRCLE_MEMBER_DUPLICATE("circle.member.duplicate", "actor", "the actor is a member of the circle already"),
  CADENCE_MONTHS("circle.cadence.months", "cadence", "must be 1–24 months"),
  WORKING_GROUP_DUPLICATE("circle.working-group.duplicate", "workingGroup", "a person is named twice"),
  WORKING_GROUP_NOT_MEMBER("circle.working-group.not-member", "workingGroup", "the person's actor is not a member of the circle"),
  CHANNEL_NAME_LENGTH("circle.channel.name.length", "channel", "must be 1–200 characters"),
  THEME_TITLE_LENGTH("theme.title.length", "title", "must be 1–200 characters"),
  THEME_BODY_LENGTH("theme.body.length", "body", "must be at most 20,000 characters"),
  THEME_CHANNEL_MISSING("theme.channel.missing", "channel", "the circle has no discussion channel to post to"),
  MEETING_TITLE_LENGTH("meeting.title.length", "title", "must be 1–200 characters"),
  MEETING_END_BEFORE_START("meeting.end.before-start", "end", "must be after the start"),
  MEETING_PURPOSE_LENGTH("meeting.purpose.length", "purpose", "must be at most 4,000 characters"),
  MEETING_CONVENERS_EMPTY("meeting.conveners.empty", "conveners", "a meeting needs at least one convener"),
  MEETING_CONVENER_DUPLICATE("meeting.conveners.duplicate", "conveners", "a convener is named twice"),
  MEETING_STATUS_STEP("meeting.status.step", "status", "this step is not possible in the meeting's current status"),
  VENUE_NAME_LENGTH("meeting.venue.length", "venue", "must be 1–200 characters"),
  VENUE_CITY_LENGTH("meeting.city.length", "city", "must be at most 100 characters"),
  ROUND_GROUP_COUNT("round.groups.count", "groups", "a dialogue round has 1–50 groups"),
  ROUND_TOPIC_LENGTH("round.topic.length", "topic", "must be at most 500 characters"),
  ROUND_TITLE_LENGTH("round.title.length", "title", "must be 1–200 characters"),
  INVITATION_DUPLICATE("invitation.duplicate", "actor", "the actor is invited to this meeting already"),
  INVITATION_AFTER_START("invitation.after-start", "invitedAt", "invitations close when the meeting starts"),
  INVITATION_MISSING("invitation.missing", "actor", "the actor is not invited to this meeting"),
  RESPONSE_AFTER_START("response.after-start", "respondedAt", "answers close when the meeting starts"),
  ATTENDANCE_BEFORE_START("attendance.before-start", "recordedAt", "attendance is recorded once the meeting has started"),
  ATTENDANCE_VALUE("attendance.value", "attendance", "must be present or absent"),
  CONTRIBUTION_TEXT_LENGTH("contribution.text.length", "selfPresentation", "must be at most 20,000 characters"),
  CONTRIBUTION_EMPTY("contribution.empty", "contribution", "needs a self-presentation or at least one challenge"),
  CONTRIBUTION_ORAL_ABSENT("contribution.oral.absent", "actor", "an oral contribution comes from an actor present at the meeting"),
  CHALLENGE_TEXT_LENGTH("challenge.text.length", "challenge", "must be 1–2,000 characters"),
  GROUP_ROUND_NOT_DIALOGUE("group.round.not-dialogue", "round", "no dialogue round at this agenda position"),
  GROUP_COUNT("group.count", "groups", "must be as many groups as the dialogue round has"),
  GROUP_NUMBER("group.number", "group", "groups are numbered 1, 2, 3 … in order within their round"),
  GROUP_EMPTY("group.empty", "group", "a group has at least one member"),
  GROUP_MEMBER_ABSENT("group.member.absent", "member", "only actors present at the meeting can be in a group"),
  GROUP_MEMBER_TWICE("group.member.twice", "member", "an actor is in exactly one group per round"),
  GROUP_MEMBER_MISSING("group.member.missing", "member", "every present actor must be in a group"),
  GROUP_TOO_FEW("group.too-few", "participants", "fewer present actors than groups"),
  GROUP_NOTES_LENGTH("group.notes.length", "notes", "must be at most 20,000 characters"),
  MIXING_GROUPS("mixing.groups", "groups", "at least one group, of at least one participant"),
  MIXING_SIZES("mixing.sizes", "sizes", "each group holds at least one, and the sizes add up to the participants"),
  MIXING_ROUNDS("mixing.rounds", "rounds", "must be 1–100 rounds"),
  MIXING_BUDGET("mixing.budget", "budget", "the time and the number of search steps must not be negative"),
  MIXING_PARTICIPANT_TWICE("mixing.participant.twice", "participants", "an actor takes part once"),
  MIXING_CONSTRAINT_UNKNOWN("mixing.constraint.unknown", "constraints", "a constraint names an actor who is not taking part"),
  MIXING_PIN_GROUP("mixing.pin.group", "pin", "pinned to a group that does not exist"),
  MIXING_TOGETHER_TOO_BIG("mixing.together.too-big", "keepTogether", "more to keep together than the largest group holds"),
  MIXING_GROUP_FULL("mixing.group.full", "constraints", "the pinned and kept-together actors do not fit in the groups"),
  MIXING_CONSTRAINT_CONFLICT("mixing.constraint.conflict", "constraints", "the constraints contradict each other"),
  MIXING_APART_INFEASIBLE("mixing.apart.infeasible", "keepApart", "no allocation keeps these actors apart with so few groups"),
  DECISION_TEXT_LENGTH("decision.text.length", "decision", "must be 1–2,000 characters"),
  ACTION_DESCRIPTION_LENGTH("action.description.length", "description", "must be 1–2,000 characters"),
  ACTION_DUE_BEFORE_MEETING("action.due.before-meeting", "due", "must not be before the meeting"),
  ACTION_DUPLICATE("action.duplicate", "action", "the meeting has this action item already"),
  ACTION_DONE("action.done", "action", "the action item is done already"),
  ACTION_DONE_BEFORE_MEETING("action.done.before-meeting", "done", "must not be before the meeting"),
  FOLLOW_UP_NOT_AFTER("follow-up.not-after", "date", "a follow-up must be after the meeting"),
  FOLLOW_UP_DUPLICATE("follow-up.duplicate", "followUp", "the meeting has a follow-up already"),
  FOLLOW_UP_NO_CADENCE("follow-up.no-cadence", "cadence", "the circle has no cadence; give a date"),
  WRITE_UP_DUE_BEFORE_MEETING("write-up.due.before-meeting", "writeUpDue", "must not be before the meeting"),
  WRITE_UP_PUBLISHED("write-up.published", "status", "the write-up is published; open a new revision to change it"),
  WRITE_UP_PUBLISH_BEFORE_MEETING("write-up.publish.before-meeting", "publishedOn", "cannot publish before the meeting's day"),
  WRITE_UP_REVISION("write-up.revision", "revision", "must not be negative"),
  ACCOUNT_USERNAME_FORMAT("account.username.format", "username", "must be 3–64 characters: a–z, digits, '.', '_' or '-'"),
  ACCOUNT_USERNAME_DUPLICATE("account.username.duplicate", "username", "another organiser account has this username"),
  ACCOUNT_PASSWORD_LENGTH("account.password.length", "password", "must be 12–200 characters");

  private final String code;
  private final String field;
  private final String description;

  Rule(String code, String field, String description) {
    this.code = code;
    this.field = field;
    this.description = description;
  }

  /** The stable code, e.g. {@code actor.cvr.checksum}. */
  public String code() {
    return code;
  }

  /** The field the rule concerns. */
  public String field() {
    return field;
  }

  /** What the rule asks, in English. */
  public String description() {
    return description;
  }
}
