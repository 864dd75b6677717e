package dk.kreds.application.service;

import static dk.kreds.application.testing.TestWorld.DAY;
import static dk.kreds.application.testing.TestWorld.details;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.PersonalData;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.writeup.WriteUp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contact persons: added, changed, exported and erased on request. */
class ContactPersonServiceTest {

  private final TestWorld world = new TestWorld();
  private final ActorId kooperationen = world.actor("Kooperationen");
  private final ActorId sed = world.actor("Sociale Entreprenører i Danmark");
  private final ContactRef anne = world.contact(kooperationen, "Anne Worning", "aw@kooperationen.dk");
  private final ContactRef bo = world.contact(kooperationen, "Bo Ærenlund", "bo@kooperationen.dk");
  private final ContactRef per = world.contact(sed, "Per Bach", "per@timebank.dk");
  private final CircleId circle = world.circle(kooperationen, sed);

  @Test
  void givenActor_whenAddingAContact_thenItIsKeptWithItsDetails() {
    ContactPerson stored = world.ports.actors().get(anne);

    assertThat(stored.name()).isEqualTo("Anne Worning");
    assertThat(stored.email()).contains(new Email("aw@kooperationen.dk"));
    assertThat(world.stored(kooperationen).contacts()).extracting(ContactPerson::id).containsExactly(anne.contact(), bo.contact());
  }

  @Test
  void givenUnknownActor_whenAddingAContact_thenNotFound() {
    world.assertNotFound("actor.not-found", () -> world.contact(world.ports.actors().nextId(), "Ingen", "ingen@example.dk"));
  }

  @Test
  void givenContact_whenUpdatingTheirDetails_thenReplacedUnderTheSameId() {
    world.use.updateContactPerson().update(new UpdateContactPersonUseCase.Command(anne, details("Anne W.", "anne@kooperationen.dk")));

    ContactPerson stored = world.ports.actors().get(anne);
    assertThat(stored.name()).isEqualTo("Anne W.");
    assertThat(stored.email()).contains(new Email("anne@kooperationen.dk"));
  }

  @Test
  void givenUnknownContact_whenUpdating_thenNotFound() {
    ContactRef ghost = new ContactRef(kooperationen, world.ports.actors().nextContactId());

    world.assertNotFound("contact.not-found",
        () -> world.use.updateContactPerson().update(new UpdateContactPersonUseCase.Command(ghost, details("X", "x@example.dk"))));
  }

  @Test
  void givenContactInEveryRole_whenExporting_thenEveryPlaceTheyAppearIsListed() {
    MeetingId meeting = meetingWhereAnneHasEveryRole();

    PersonalData data = export(anne);

    assertThat(data.person()).isEqualTo(world.ports.actors().get(anne));
    assertThat(data.actor()).isEqualTo("Kooperationen");
    assertThat(data.workingGroups()).containsExactly("Kredsen");
    assertThat(data.representations()).containsExactly(new PersonalData.Representation(world.stored(meeting).title(), DAY));
    assertThat(data.actionItems()).containsExactly("Skriv sammenskrivningen");
    assertThat(data.themes()).containsExactly("Opsamling fra Stormødet");
  }

  @Test
  void givenContactInNoRole_whenExporting_thenOnlyTheirOwnData() {
    PersonalData data = export(bo);

    assertThat(data.person().name()).isEqualTo("Bo Ærenlund");
    assertThat(data.workingGroups()).isEmpty();
    assertThat(data.representations()).isEmpty();
    assertThat(data.actionItems()).isEmpty();
    assertThat(data.themes()).isEmpty();
  }

  @Test
  void givenContactInEveryRole_whenErasing_thenGoneFromTheActorWorkingGroupInvitationsActionItemsAndThemes() {
    MeetingId meeting = meetingWhereAnneHasEveryRole();

    erase(anne);

    assertThat(world.stored(kooperationen).contacts()).extracting(ContactPerson::id).containsExactly(bo.contact());
    assertThat(world.stored(circle).workingGroup()).containsExactly(per);
    assertThat(world.stored(meeting).invitation(kooperationen).representatives()).containsExactly(bo.contact());
    assertThat(world.stored(meeting).actionItems()).allSatisfy(item -> assertThat(item.owner()).isEmpty());
    assertThat(world.stored(circle).themes()).extracting(DiscussionTheme::author).containsOnly(Optional.empty());
    assertThat(world.writeUp(meeting).workingGroup()).extracting(WriteUp.Person::name).containsExactly("Per Bach");
    world.assertNotFound("contact.not-found", () -> export(anne));
  }

  @Test
  void givenErasedContact_whenErasingAgain_thenNotFoundAndNothingChanges() {
    erase(anne);

    world.assertNotFound("contact.not-found", () -> erase(anne));
  }

  @Test
  void givenActionItemOwnedAtAMeetingTheirActorWasNotInvitedTo_whenExporting_thenItIsListed() {
    MeetingId meeting = world.heldMeeting(circle, List.of(sed), List.of());
    ownedAction(meeting, anne);

    assertThat(export(anne).actionItems()).containsExactly("Skriv sammenskrivningen");
  }

  @Test
  void givenActionItemOwnedAtAMeetingTheirActorWasNotInvitedTo_whenErasing_thenTheOwnerIsGoneThereToo() {
    MeetingId meeting = world.heldMeeting(circle, List.of(sed), List.of());
    ActionItemId item = ownedAction(meeting, anne);

    erase(anne);

    assertThat(world.stored(meeting).actionItem(item).owner()).isEmpty();
  }

  @Test
  void givenThemePostedInACircleTheirActorIsNotAMemberOf_whenExporting_thenItIsListed() {
    CircleId other = world.circle(sed);
    world.use.setChannel().set(new SetChannelUseCase.Command(other, new DiscussionChannel("Et andet netværk", Optional.empty())));
    world.use.postDiscussionTheme().post(new PostDiscussionThemeUseCase.Command(other, "Gæsteindlæg", "Hej.", anne));

    assertThat(export(anne).themes()).containsExactly("Gæsteindlæg");
  }

  /** Anne is in the working group, represents Kooperationen, owns an action item and posted a theme. */
  private MeetingId meetingWhereAnneHasEveryRole() {
    world.use.setWorkingGroup().set(new SetWorkingGroupUseCase.Command(circle, List.of(per, anne)));
    world.use.setChannel().set(new SetChannelUseCase.Command(circle, new DiscussionChannel("Socialøkonomisk Netværk", Optional.empty())));
    world.use.postDiscussionTheme().post(new PostDiscussionThemeUseCase.Command(circle, "Opsamling fra Stormødet", "Tak.", anne));
    MeetingId meeting = world.heldMeeting(circle, List.of(kooperationen, sed), List.of());
    ownedAction(meeting, anne);
    return meeting;
  }

  private ActionItemId ownedAction(MeetingId meeting, ContactRef owner) {
    return world.use.addActionItem().add(
        new AddActionItemUseCase.Command(meeting, "Skriv sammenskrivningen", Optional.of(owner), DAY.plusDays(20)));
  }

  private PersonalData export(ContactRef person) {
    return world.use.exportPersonalData().export(new ExportPersonalDataUseCase.Command(person));
  }

  private void erase(ContactRef person) {
    world.use.eraseContactPerson().erase(new EraseContactPersonUseCase.Command(person));
  }
}
