package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Round;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The meeting page over plain HTTP: dialogue groups mixed over two rounds with their quality, a person
 * moved, the table list; challenges, decisions, action items and the follow-up recorded through its forms.
 */
class MeetingPageTest {

  @RegisterExtension
  final WorldServed served = new WorldServed();
  private final TestWorld world = served.world;
  private final List<ActorId> present = List.of(
      world.actor("Kooperationen", ActorKind.INTEREST_ORGANISATION),
      world.actor("=HYPERLINK(\"http://evil.example\")", ActorKind.NGO),
      world.actor("Socialøkonomi Nordjylland", ActorKind.NETWORK),
      world.actor("Vækstfonden", ActorKind.FUND),
      world.actor("Roskilde Universitet", ActorKind.RESEARCH),
      world.actor("Region Syddanmark", ActorKind.PUBLIC_BODY));
  private MeetingId meeting;
  private Http organiser;
  private String path;

  @BeforeEach
  void start() {
    CircleId circle = world.circle(present.get(0));
    MeetingPlan plan = TestWorld.plan(world.stored(circle).conveners(), 2);
    meeting = world.use.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(plan.title(),
        plan.time(), plan.venue(), plan.purpose(), plan.conveners(), List.of(new Round.Presentation(),
        new Round.Dialogue(2, Optional.empty()), new Round.Dialogue(2, Optional.empty()), new Round.Closing()),
        plan.writeUpDue())));
    world.invite(meeting, present);
    world.hold(meeting, present, List.of());
    organiser = served.organiser;
    path = "/meetings/" + meeting.value();
  }

  @Test
  void givenAHeldMeeting_whenMixingTwoRounds_thenEachRoundHasGroupsAndTheQualityIsShown() {
    HttpResponse<String> mixed = post("/mix", "rounds=2&groups=2&seed=7");

    assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(303);
    String location = mixed.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(path + "?quality=");
    assertThat(world.stored(meeting).groups()).hasSize(4).extracting(DialogueGroup::round).containsOnly(1, 2);
    String page = organiser.get(location.replace("#groups", "")).body();
    assertThat(page).contains("Runde 2: Dialogrunde i 2 grupper", "Runde 3: Dialogrunde i 2 grupper",
        "Gentagne møder:", "nedre grænse", "Diversitet: ", "Søgningen");
    assertThat(page.split("class=\"group\"")).hasSize(5);
  }

  @Test
  void givenMixedGroups_whenMovingAPerson_thenTheyAreInTheOtherGroupAndTheGroupsAreReScored() {
    post("/mix", "rounds=1&seed=1");
    ActorId moving = world.stored(meeting).groups().stream().filter(group -> group.number() == 1).findFirst()
        .orElseThrow().members().get(0);

    HttpResponse<String> moved = post("/move", "round=1&actor=" + moving.value() + "&group=2");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
    assertThat(world.stored(meeting).groups().stream().filter(group -> group.number() == 2).findFirst().orElseThrow()
        .members()).contains(moving);
    assertThat(organiser.get(moved.headers().firstValue("Location").orElseThrow().replace("#groups", "")).body())
        .contains("Gentagne møder:").doesNotContain("Søgningen");
  }

  @Test
  void givenMixedGroups_whenDownloadingTheTableList_thenOneRowAPersonWithAFormulaKeptAsText() {
    post("/mix", "rounds=2&seed=3");

    HttpResponse<String> csv = organiser.get(path + "/groups.csv");

    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
        assertThat(value).startsWith("attachment"));
    List<String> rows = csv.body().lines().toList();
    assertThat(rows).hasSize(1 + 2 * present.size()).first().isEqualTo("\"Runde\",\"Gruppe\",\"Navn\"");
    assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains("\"Vækstfonden\"");
  }

  @Test
  void givenAHeldMeeting_whenRecordingOutcomesThroughTheForms_thenStoredAndShown() {
    ContactRef owner = world.contact(present.get(0), "Anne Worning", "anne@example.org");

    assertThat(post("/challenges", "text=Adgang+til+kapital&source=plenary").statusCode()).isEqualTo(303);
    assertThat(post("/decisions", "text=Vi+m%C3%B8des+igen+om+et+halvt+%C3%A5r&kind=CONSENSUS").statusCode()).isEqualTo(303);
    assertThat(post("/actions", "description=Opret+LinkedIn-gruppen&due=2014-12-09&owner="
        + owner.actor().value() + "%2F" + owner.contact().value()).statusCode()).isEqualTo(303);
    String item = world.stored(meeting).actionItems().get(0).id().value().toString();
    assertThat(post("/actions/" + item + "/complete", "").statusCode()).isEqualTo(303);
    assertThat(post("/follow-up", "date=2015-05-26").statusCode()).isEqualTo(303);

    Meeting stored = world.stored(meeting);
    assertThat(stored.challenges()).singleElement().satisfies(challenge ->
        assertThat(challenge.source()).isEqualTo(new ChallengeSource.InPlenary()));
    assertThat(stored.actionItems().get(0).done()).isPresent();
    assertThat(stored.actionItems().get(0).owner()).contains(owner);
    String page = organiser.get(path).body();
    assertThat(page).contains("Adgang til kapital", "plenum", "Vi mødes igen om et halvt år", "Enighed",
        "Opret LinkedIn-gruppen", "Anne Worning (Kooperationen)", "Opfølgende møde 26. maj 2015");
  }

  @Test
  void givenAFieldBeyondTheMeeting_whenShowingThePages_thenTheActiveUninvitedAreOfferedAndOnlyTheInvitedsPeopleOwnActions() {
    ActorId outsider = world.actor("Ærø Andelsforening", ActorKind.NETWORK);
    world.contact(outsider, "Ulla Udenfor", "ulla@example.org");
    ActorId archived = world.actor("Nedlagt Forening", ActorKind.NGO);
    world.archive(archived);
    world.contact(present.get(0), "Anne Worning", "anne@example.org");
    world.clock.set(TestWorld.START.minusDays(10));
    MeetingId planned = world.meeting(world.stored(meeting).circle());
    world.invite(planned, List.of(present.get(0)));

    String invitePage = organiser.get("/meetings/" + planned.value()).body();
    String heldPage = organiser.get(path).body();

    assertThat(invitePage).contains("value=\"" + outsider.value() + "\"> Ærø Andelsforening",
            "value=\"" + present.get(3).value() + "\"> Vækstfonden")
        .doesNotContain("Nedlagt Forening", "value=\"" + present.get(0).value() + "\"> Kooperationen");
    assertThat(heldPage).contains("Anne Worning (Kooperationen)").doesNotContain("Ulla Udenfor");
  }

  @Test
  void givenInviteesWithDanishNamesOneArchived_whenShowingThePage_thenInDanishOrderWithTheArchivedStillNamed() {
    world.clock.set(TestWorld.START.minusDays(10));
    List<ActorId> invitees = List.of(world.actor("Aarhus Omegn"), world.actor("Zealand Ventures"),
        world.actor("Øster Hjerting"), world.actor("Æblegården"));
    MeetingId planned = world.meeting(world.stored(meeting).circle());
    world.invite(planned, invitees);
    world.archive(invitees.get(2));

    String page = organiser.get("/meetings/" + planned.value()).body();

    // "Aa" is "Å", after "Ø"; the invitations and then the names not answered, each in that order.
    assertThat(page).containsSubsequence("Zealand Ventures", "Æblegården", "Øster Hjerting", "Aarhus Omegn",
        "Zealand Ventures", "Æblegården", "Øster Hjerting", "Aarhus Omegn");
  }

  @Test
  void givenAHeldMeeting_whenRecordingAnOralContribution_thenStoredAndShown() {
    HttpResponse<String> recorded = post("/contributions", "actor=" + present.get(3).value() + "&form=ORAL"
        + "&selfPresentation=Vi+investerer+i+socialøkonomi&challenges=Kapital%0D%0A%0D%0ASynlighed");

    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
    assertThat(world.stored(meeting).contribution(present.get(3))).hasValueSatisfying(contribution ->
        assertThat(contribution.challenges()).containsExactly("Kapital", "Synlighed"));
    assertThat(organiser.get(path).body()).contains("Vækstfonden (mundtligt)", "Vi investerer i socialøkonomi");
    assertThat(post("/contributions", "actor=" + present.get(3).value() + "&form=ORAL").statusCode()).isEqualTo(422);
  }

  @Test
  void givenAPublishedWriteUp_whenRevising_thenWrittenUpAgain() {
    world.use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(meeting));
    world.use.publishWriteUp().publish(new PublishWriteUpUseCase.Command(meeting));
    assertThat(organiser.get(path).body()).contains("id=\"revise\"");

    assertThat(post("/revise", "").statusCode()).isEqualTo(303);

    assertThat(world.stored(meeting).status()).isEqualTo(MeetingStatus.WRITTEN_UP);
  }

  @Test
  void givenAPlannedMeeting_whenCancelling_thenCancelledAndAHeldOneCannotBe() {
    MeetingId planned = world.meeting(world.stored(meeting).circle());
    String plannedPath = "/meetings/" + planned.value();

    assertThat(served.submit(plannedPath, plannedPath + "/cancel", "").statusCode()).isEqualTo(303);

    assertThat(world.stored(planned).status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(organiser.get(path).body()).doesNotContain("id=\"cancel-meeting\"");
    assertThat(post("/cancel", "").statusCode()).isEqualTo(422);
  }

  @Test
  void givenBadFormValues_whenPosting_then400Or422AndNothingChanged() {
    assertThat(post("/move", "round=x&actor=" + present.get(0).value() + "&group=1").statusCode()).isEqualTo(400);
    assertThat(post("/challenges", "text=Kapital&source=somewhere").statusCode()).isEqualTo(400);
    HttpResponse<String> wrongCount = post("/mix", "groups=3", "Accept-Language", "en");
    assertThat(wrongCount.statusCode()).isEqualTo(422);
    assertThat(wrongCount.body()).contains("<!DOCTYPE html>");
    assertThat(world.stored(meeting).groups()).isEmpty();
    assertThat(world.stored(meeting).challenges()).isEmpty();
  }

  @Test
  void givenAPageWithForms_whenReadingIt_thenEveryFormCarriesTheToken() {
    post("/mix", "rounds=2&seed=1");

    String page = organiser.get(path).body();

    long forms = page.lines().filter(line -> line.contains("<form method=\"post\"")).count();
    assertThat(forms).isGreaterThan(8);
    assertThat(page.split("name=\"csrf\" value=\"").length - 1).isEqualTo((int) forms);
  }

  @Test
  void givenAChallengeWithAScriptTag_whenDownloadingTheWriteUpAsHtml_thenAPageWithTheTagAsText() {
    world.use.recordChallenge().record(new RecordChallengeUseCase.Command(meeting,
        new Challenge("Adgang til kapital <script>alert(1)</script>", new ChallengeSource.InPlenary())));

    HttpResponse<String> html = organiser.get(path + "/write-up.html", "Accept-Language", "en");

    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(html.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"write-up-2014-11-25.html\"");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<h1>", "Adgang til kapital",
        "&lt;script&gt;alert(1)").doesNotContain("<script");
  }

  private HttpResponse<String> post(String action, String form, String... headers) {
    return served.submit(path, path + action, form, headers);
  }
}
