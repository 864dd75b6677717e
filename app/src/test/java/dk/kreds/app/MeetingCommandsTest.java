package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds meeting …} on a SQLite file, each step at the time KREDS_NOW gives. */
class MeetingCommandsTest {

  private static final String CIRCLE = "Den socialøkonomiske kreds";

  @TempDir
  Path home;

  private Shell kreds;

  @BeforeEach
  void plannedMeeting() {
    kreds = new Shell(home).at("2014-10-01T09:00:00+02:00");
    kreds.ok("actor", "add", "Kooperationen", "--kind", "interest-organisation");
    kreds.ok("actor", "add", "Sociale Entreprenører i Danmark", "--kind", "interest-organisation");
    kreds.ok("actor", "add", "KBH+", "--kind", "network");
    kreds.ok("actor", "add", "CABI", "--kind", "public-body");
    kreds.ok("actor", "add", "Reach for Change", "--kind", "ngo");
    kreds.ok("actor", "add", "SFI", "--kind", "research");
    kreds.ok("contact", "add", "Sociale Entreprenører i Danmark", "--name", "Per Bach", "--email", "per@timebank.dk",
        "--basis", "legitimate-interest");
    kreds.ok("circle", "create", CIRCLE, "--convener", "Kooperationen", "--convener", "Sociale Entreprenører i Danmark",
        "--cadence", "6");
    kreds.ok("circle", "add", CIRCLE, "KBH+", "CABI", "Reach for Change");
    Shell.Run planned = kreds.ok("meeting", "plan", CIRCLE, "--title", "Stormøde", "--start", "2014-11-25 13:00",
        "--end", "16:00", "--venue", "Kooperationen", "--city", "København", "--purpose", "Overblik over feltet",
        "--round", "presentation", "--round", "dialogue:2:Feltets udfordringer", "--round", "closing",
        "--write-up-due", "2014-12-15");
    assertThat(planned.out()).startsWith("Planned meeting Stormøde on 25 November 2014 (");
  }

  @Test
  void givenAPlannedMeeting_whenListedAndShown_thenItsPlanInEachFormat() {
    assertThat(kreds.ok("meeting", "list").out()).contains("25 November 2014", "Stormøde", "Planned");
    assertThat(kreds.ok("meeting", "list", "--lang", "da").out()).contains("25. november 2014", "Planlagt");
    assertThat(kreds.ok("meeting", "list", "--circle", CIRCLE, "--csv").out())
        .startsWith("id,date,start,title,circle,status,invited,present\r\n").contains(",2014-11-25,13:00,Stormøde,");
    JsonNode json = kreds.ok("meeting", "show", "Stormøde", "--json").json();
    assertThat(json.path("start").asText()).isEqualTo("2014-11-25T13:00+01:00");
    assertThat(json.path("end").asText()).isEqualTo("2014-11-25T16:00+01:00");
    assertThat(json.path("conveners").get(1).asText()).isEqualTo("Sociale Entreprenører i Danmark");
    assertThat(json.path("agenda").get(1).asText()).isEqualTo("Dialogue round in 2 groups: Feltets udfordringer");
    assertThat(json.path("status").asText()).isEqualTo("planned");
    assertThat(kreds.ok("meeting", "show", "2014-11-25").out()).contains("Title:", "Stormøde",
        "25 November 2014, 13:00–16:00", "Kooperationen, København", "Agenda", "2. Dialogue round in 2 groups");
  }

  @Test
  void givenAPlannedMeeting_whenRunThroughToItsPublishedWriteUp_thenEachStepIsRecorded() {
    kreds.at("2014-10-15T10:00:00+02:00");
    assertThat(kreds.ok("meeting", "invite", "Stormøde", "--members").out()).isEqualTo("Invited 5 actors\n");

    kreds.at("2014-11-14T12:00:00+01:00");
    assertThat(kreds.ok("meeting", "respond", "Stormøde", "Reach for Change", "decline").out())
        .isEqualTo("Reach for Change declined\n");
    kreds.ok("meeting", "respond", "Stormøde", "KBH+", "ACCEPT");

    kreds.at("2014-11-21T12:00:00+01:00");
    assertThat(kreds.ok("meeting", "contribute", "Stormøde", "Reach for Change", "--presentation",
        "Vi støtter sociale iværksættere.", "--challenge", "Tidlig kapital mangler.", "--mention", "SFI").out())
        .isEqualTo("Recorded the contribution of Reach for Change\n");

    kreds.at("2014-11-25T13:05:00+01:00");
    assertThat(kreds.ok("meeting", "attend", "Stormøde", "--absent", "Reach for Change", "--others", "present").out())
        .isEqualTo("Recorded 4 present and 1 absent\n");
    kreds.ok("meeting", "challenge", "Stormøde", "Loven skal gøres kendt.");
    kreds.ok("meeting", "challenge", "Stormøde", "Og kapital til drift.", "--actor", "Reach for Change");
    kreds.ok("meeting", "decide", "Stormøde", "Kredsen mødes hvert halve år.");
    kreds.ok("meeting", "decide", "Stormøde", "Der skrives et notat.", "--kind", "noted");
    assertThat(kreds.ok("meeting", "action", "Stormøde", "Sammenskrivningen lægges på siden", "--owner", "Per Bach",
        "--due", "2014-12-15").out()).startsWith("Added action item ");
    assertThat(kreds.ok("meeting", "follow-up", "2014-11-25").out())
        .startsWith("Planned the follow-up on 25 May 2015 (").contains("5 actors invited again")
        .contains("Suggested to supplement the circle: SFI");

    assertThat(kreds.ok("meeting", "writeup", "2014-11-25").out()).contains("# ", "Stormøde", "Per Bach", "Reach for Change");
    assertThat(kreds.ok("meeting", "writeup", "2014-11-25", "--json").json().path("attendance").path("present").asInt())
        .isEqualTo(4);

    kreds.at("2014-12-12T10:00:00+01:00");
    assertThat(kreds.ok("meeting", "publish", "2014-11-25").out())
        .isEqualTo("Published the write-up of Stormøde on 12 December 2014\n");
    assertThat(kreds.ok("meeting", "action-done", "2014-11-25", "Sammenskrivningen").out())
        .isEqualTo("Done: Sammenskrivningen lægges på siden\n");
    assertThat(kreds.ok("meeting", "revise", "2014-11-25").out()).isEqualTo("Opened revision 1 of the write-up\n");
    assertThat(kreds.ok("meeting", "cancel", "2015-05-25").out()).isEqualTo("Cancelled meeting Stormøde\n");

    JsonNode held = kreds.ok("meeting", "show", "2014-11-25", "--json").json();
    assertThat(held.path("status").asText()).isEqualTo("written-up");
    assertThat(held.path("revision").asInt()).isEqualTo(1);
    assertThat(held.path("invitations")).hasSize(5);
    assertThat(held.path("invitations").get(4).path("response").asText()).isEqualTo("declined");
    assertThat(held.path("invitations").get(4).path("contribution").asText()).isEqualTo("written");
    assertThat(held.path("challenges")).hasSize(3);
    assertThat(held.path("decisions").get(1).path("kind").asText()).isEqualTo("noted");
    assertThat(held.path("actionItems").get(0).path("owner").asText()).isEqualTo("Per Bach");
    assertThat(held.path("actionItems").get(0).path("done").asText()).isEqualTo("2014-12-12");
    assertThat(held.path("followUp").path("date").asText()).isEqualTo("2015-05-25");
    assertThat(kreds.ok("meeting", "show", "2014-11-25").out()).contains("Written up (revision 1)", "Invitations",
        "Challenges", "Loven skal gøres kendt. (plenary)", "Decisions",
        "Action items").containsPattern("Reach for Change +declined +absent +written");
    assertThat(kreds.ok("meeting", "list", "--json").json().get(1).path("status").asText()).isEqualTo("cancelled");
  }

  @Test
  void givenTwoMeetingsWithOneTitle_whenNamingTheTitle_thenUsageErrorListingBothByDay() {
    kreds.ok("meeting", "plan", CIRCLE, "--title", "Stormøde", "--start", "2015-05-25T13:00", "--end", "16:00",
        "--venue", "Kooperationen");

    Shell.Run run = kreds.fails(2, "meeting", "show", "stormøde");

    assertThat(run.err()).contains("Meeting 'stormøde' fits 2 of them", "2014-11-25 Stormøde", "2015-05-25 Stormøde");
    assertThat(kreds.fails(4, "meeting", "show", "2016-01-01").err()).isEqualTo("kreds: Meeting '2016-01-01' not found\n");
  }

  @Test
  void givenAMeetingThatHasNotStarted_whenRecordingAttendance_thenRuleExit3AndNothingIsRecorded() {
    kreds.at("2014-10-15T10:00:00+02:00");
    kreds.ok("meeting", "invite", "Stormøde", "KBH+", "CABI");

    assertThat(kreds.fails(3, "meeting", "attend", "Stormøde", "--present", "KBH+").err())
        .contains("attendance is recorded once the meeting has started");
    assertThat(kreds.fails(2, "meeting", "attend", "Stormøde").err()).contains("--present, --absent or --others");
    assertThat(kreds.fails(2, "meeting", "respond", "Stormøde", "KBH+", "maybe").err()).contains("'maybe'");
    assertThat(kreds.fails(3, "meeting", "invite", "Stormøde", "KBH+").err()).contains("invited to this meeting already");
    assertThat(kreds.fails(2, "meeting", "plan", CIRCLE, "--title", "X", "--start", "25/11/2014 13:00", "--end", "16:00",
        "--venue", "Y").err()).contains("--start: '25/11/2014 13:00' is not a day and time like 2014-11-25T13:00");
    JsonNode meeting = kreds.ok("meeting", "show", "Stormøde", "--json").json();
    assertThat(meeting.path("status").asText()).isEqualTo("invitations-out");
    assertThat(meeting.path("invitations").findValuesAsText("attendance")).containsOnly("unrecorded");
  }
}
