package dk.kreds.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codes and fields of the rules are a public contract: adapters translate by code, clients branch on
 * it, and a released code never changes. This table pins them; a new rule is added here with its code.
 */
class RuleCodesTest {

  private static final String PINNED = """
      ACTOR_NAME_LENGTH                 actor.name.length                 name
      ACTOR_NAME_DUPLICATE              actor.name.duplicate              name
      ACTOR_SHORT_NAME_LENGTH           actor.short-name.length           shortName
      ACTOR_REGION_LENGTH               actor.region.length               region
      ACTOR_DESCRIPTION_LENGTH          actor.description.length          description
      ACTOR_ACTIVITY_LENGTH             actor.activity.length             activities
      ACTOR_ACTIVITY_COUNT              actor.activity.count              activities
      ACTOR_PARENT_SELF                 actor.parent.self                 parent
      ACTOR_ARCHIVED                    actor.archived                    actor
      ACTOR_CVR_DUPLICATE               actor.cvr.duplicate               cvr
      CVR_FORMAT                        actor.cvr.format                  cvr
      CVR_CHECKSUM                      actor.cvr.checksum                cvr
      WEBSITE_FORMAT                    actor.website.format              website
      CONTACT_NAME_LENGTH               contact.name.length               name
      CONTACT_ROLE_LENGTH               contact.role.length               role
      CONTACT_DUPLICATE                 contact.duplicate                 contact
      CONTACT_COUNT                     contact.count                     contacts
      EMAIL_FORMAT                      contact.email.format              email
      PHONE_FORMAT                      contact.phone.format              phone
      PHONE_DANISH                      contact.phone.danish              phone
      CIRCLE_NAME_LENGTH                circle.name.length                name
      CIRCLE_CONVENERS_EMPTY            circle.conveners.empty            conveners
      CIRCLE_CONVENER_DUPLICATE         circle.conveners.duplicate        conveners
      CIRCLE_MEMBER_DUPLICATE           circle.member.duplicate           actor
      CADENCE_MONTHS                    circle.cadence.months             cadence
      WORKING_GROUP_DUPLICATE           circle.working-group.duplicate    workingGroup
      WORKING_GROUP_NOT_MEMBER          circle.working-group.not-member   workingGroup
      CHANNEL_NAME_LENGTH               circle.channel.name.length        channel
      THEME_TITLE_LENGTH                theme.title.length                title
      THEME_BODY_LENGTH                 theme.body.length                 body
      THEME_CHANNEL_MISSING             theme.channel.missing             channel
      MEETING_TITLE_LENGTH              meeting.title.length              title
      MEETING_END_BEFORE_START          meeting.end.before-start          end
      MEETING_PURPOSE_LENGTH            meeting.purpose.length            purpose
      MEETING_CONVENERS_EMPTY           meeting.conveners.empty           conveners
      MEETING_CONVENER_DUPLICATE        meeting.conveners.duplicate       conveners
      MEETING_STATUS_STEP               meeting.status.step               status
      VENUE_NAME_LENGTH                 meeting.venue.length              venue
      VENUE_CITY_LENGTH                 meeting.city.length               city
      ROUND_GROUP_COUNT                 round.groups.count                groups
      ROUND_TOPIC_LENGTH                round.topic.length                topic
      ROUND_TITLE_LENGTH                round.title.length                title
      INVITATION_DUPLICATE              invitation.duplicate              actor
      INVITATION_AFTER_START            invitation.after-start            invitedAt
      INVITATION_MISSING                invitation.missing                actor
      RESPONSE_AFTER_START              response.after-start              respondedAt
      ATTENDANCE_BEFORE_START           attendance.before-start           recordedAt
      ATTENDANCE_VALUE                  attendance.value                  attendance
      CONTRIBUTION_TEXT_LENGTH          contribution.text.length          selfPresentation
      CONTRIBUTION_EMPTY                contribution.empty                contribution
      CONTRIBUTION_ORAL_ABSENT          contribution.oral.absent          actor
      CHALLENGE_TEXT_LENGTH             challenge.text.length             challenge
      GROUP_ROUND_NOT_DIALOGUE          group.round.not-dialogue          round
      GROUP_COUNT                       group.count                       groups
      GROUP_NUMBER                      group.number                      group
      GROUP_EMPTY                       group.empty                       group
      GROUP_MEMBER_ABSENT               group.member.absent               member
      GROUP_MEMBER_TWICE                group.member.twice                member
      GROUP_MEMBER_MISSING              group.member.missing              member
      GROUP_TOO_FEW                     group.too-few                     participants
      GROUP_NOTES_LENGTH                group.notes.length                notes
      MIXING_GROUPS                     mixing.groups                     groups
      MIXING_SIZES                      mixing.sizes                      sizes
      MIXING_ROUNDS                     mixing.rounds                     rounds
      MIXING_BUDGET                     mixing.budget                     budget
      MIXING_PARTICIPANT_TWICE          mixing.participant.twice          participants
      MIXING_CONSTRAINT_UNKNOWN         mixing.constraint.unknown         constraints
      MIXING_PIN_GROUP                  mixing.pin.group                  pin
      MIXING_TOGETHER_TOO_BIG           mixing.together.too-big           keepTogether
      MIXING_GROUP_FULL                 mixing.group.full                 constraints
      MIXING_CONSTRAINT_CONFLICT        mixing.constraint.conflict        constraints
      MIXING_APART_INFEASIBLE           mixing.apart.infeasible           keepApart
      DECISION_TEXT_LENGTH              decision.text.length              decision
      ACTION_DESCRIPTION_LENGTH         action.description.length         description
      ACTION_DUE_BEFORE_MEETING         action.due.before-meeting         due
      ACTION_DUPLICATE                  action.duplicate                  action
      ACTION_DONE                       action.done                       action
      ACTION_DONE_BEFORE_MEETING        action.done.before-meeting        done
      FOLLOW_UP_NOT_AFTER               follow-up.not-after               date
      FOLLOW_UP_DUPLICATE               follow-up.duplicate               followUp
      FOLLOW_UP_NO_CADENCE              follow-up.no-cadence              cadence
      WRITE_UP_DUE_BEFORE_MEETING       write-up.due.before-meeting       writeUpDue
      WRITE_UP_PUBLISHED                write-up.published                status
      WRITE_UP_PUBLISH_BEFORE_MEETING   write-up.publish.before-meeting   publishedOn
      WRITE_UP_REVISION                 write-up.revision                 revision
      ACCOUNT_USERNAME_FORMAT           account.username.format           username
      ACCOUNT_USERNAME_DUPLICATE        account.username.duplicate        username
      ACCOUNT_PASSWORD_LENGTH           account.password.length           password
      """;

  record Pinned(Rule rule, String code, String field) {
    static Pinned parse(String line) {
      String[] parts = line.strip().split("\\s+");
      return new Pinned(Rule.valueOf(parts[0]), parts[1], parts[2]);
    }
  }

  static List<Pinned> pinned() {
    return PINNED.lines().map(Pinned::parse).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinned")
  void givenReleasedRule_whenReadingItsCodeAndField_thenAsPinned(Pinned pinned) {
    assertThat(pinned.rule().code()).isEqualTo(pinned.code());
    assertThat(pinned.rule().field()).isEqualTo(pinned.field());
  }

  @Test
  void everyRuleIsPinnedOnce() {
    List<Rule> rules = pinned().stream().map(Pinned::rule).toList();

    assertThat(rules).doesNotHaveDuplicates();
    assertThat(EnumSet.copyOf(rules)).isEqualTo(EnumSet.allOf(Rule.class));
  }

  @Test
  void everyCodeIsUniqueLowerCaseAndDotted() {
    Set<String> codes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());

    assertThat(codes).hasSize(Rule.values().length).allMatch(code -> code.matches("[a-z-]+(\\.[a-z-]+)+"));
  }

  @Test
  void everyRuleDescribesWhatItAsks() {
    assertThat(Rule.values()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
  }
}
