package dk.kreds.application.service;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.AnswerRsvpUseCase;
import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.CompleteActionItemUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ExportDatabaseUseCase;
import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ImportDatabaseUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.ListCirclesUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.LoadReferenceScenarioUseCase;
import dk.kreds.application.port.in.MixDialogueGroupsUseCase;
import dk.kreds.application.port.in.MoveGroupMemberUseCase;
import dk.kreds.application.port.in.PersonalData;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordChallengeUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.ShowFieldOverviewUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.ShowRsvpUseCase;
import dk.kreds.application.port.in.ShowWriteUpUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.field.FieldOverview;
import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.writeup.WriteUp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs every call of a use case as one unit of work named for its interface, e.g.
 * {@code RegisterActorUseCase}, so that a store with an audit log knows which use case made each
 * change; a {@code ReadOnlyUseCase} in a read-only one. The services' own units of work join this one;
 * nothing else changes. A backup is left unwrapped: it copies the database outside any transaction; so
 * is a login, which changes nothing and spends its time hashing.
 *
 * <p>One object that is every wrapped use case, written out method by method: neither a JDK proxy per
 * use case, generated anew by every command-line run (JDK 17's class-data archive keeps no proxies),
 * nor a lambda per use case, each of which a run links on start, though it calls one or two. {@code new
 * UseCases(...)} names every use case, so a new one does not compile until it is added here; {@code
 * NamedTransactionServiceTest} checks each name and kind.
 */
final class NamedTransactionService implements
    AddActionItemUseCase,
    AddCircleMembersUseCase,
    AddContactPersonUseCase,
    AddOrganiserUseCase,
    AnswerRsvpUseCase,
    ArchiveActorUseCase,
    CancelMeetingUseCase,
    CompleteActionItemUseCase,
    CreateCircleUseCase,
    EraseContactPersonUseCase,
    ExportDatabaseUseCase,
    ExportPersonalDataUseCase,
    FormDialogueGroupsUseCase,
    ImportActorsUseCase,
    ImportDatabaseUseCase,
    InviteActorsUseCase,
    IssueRsvpLinksUseCase,
    ListActorsUseCase,
    ListCirclesUseCase,
    ListMeetingsUseCase,
    LoadReferenceScenarioUseCase,
    MixDialogueGroupsUseCase,
    MoveGroupMemberUseCase,
    PlanMeetingUseCase,
    PostDiscussionThemeUseCase,
    ProduceWriteUpUseCase,
    PublishWriteUpUseCase,
    RecordAttendanceUseCase,
    RecordChallengeUseCase,
    RecordContributionUseCase,
    RecordDecisionUseCase,
    RecordResponseUseCase,
    RegisterActorUseCase,
    ReviseWriteUpUseCase,
    ScheduleFollowUpUseCase,
    SetCadenceUseCase,
    SetChannelUseCase,
    SetWorkingGroupUseCase,
    ShowActorUseCase,
    ShowCircleUseCase,
    ShowFieldOverviewUseCase,
    ShowMeetingUseCase,
    ShowRsvpUseCase,
    ShowWriteUpUseCase,
    UpdateActorUseCase,
    UpdateContactPersonUseCase {

  private final UseCases plain;
  private final UnitOfWork unitOfWork;

  private NamedTransactionService(UseCases plain, UnitOfWork unitOfWork) {
    this.plain = plain;
    this.unitOfWork = unitOfWork;
  }

  /** {@code plain} with each use case wrapped. */
  static UseCases wrap(UseCases plain, UnitOfWork unitOfWork) {
    return new NamedTransactionService(plain, unitOfWork).useCases();
  }

  private UseCases useCases() {
    return new UseCases(
        this, // addActionItem
        this, // addCircleMembers
        this, // addContactPerson
        this, // addOrganiser
        this, // answerRsvp
        this, // archiveActor
        plain.backupDatabase(), // copies the file outside any transaction; it changes nothing to audit
        this, // cancelMeeting
        this, // completeActionItem
        this, // createCircle
        this, // eraseContactPerson
        this, // exportDatabase
        this, // exportPersonalData
        this, // formDialogueGroups
        this, // importActors
        this, // importDatabase
        this, // inviteActors
        this, // issueRsvpLinks
        this, // listActors
        this, // listCircles
        this, // listMeetings
        this, // loadReferenceScenario
        plain.logIn(), // reads one row, then hashes for half a second: no transaction held meanwhile
        this, // mixDialogueGroups
        this, // moveGroupMember
        this, // planMeeting
        this, // postDiscussionTheme
        this, // produceWriteUp
        this, // publishWriteUp
        this, // recordAttendance
        this, // recordChallenge
        this, // recordContribution
        this, // recordDecision
        this, // recordResponse
        this, // registerActor
        this, // reviseWriteUp
        this, // scheduleFollowUp
        this, // setCadence
        this, // setChannel
        this, // setWorkingGroup
        this, // showActor
        this, // showCircle
        this, // showFieldOverview
        this, // showMeeting
        this, // showRsvp
        this, // showWriteUp
        plain.storeRevision(), // asked on every cached read: a transaction would cost more than the answer
        this, // updateActor
        this); // updateContactPerson
  }

  @Override
  public ActionItemId add(AddActionItemUseCase.Command command) {
    return write("AddActionItemUseCase", () -> plain.addActionItem().add(command));
  }

  @Override
  public void add(AddCircleMembersUseCase.Command command) {
    write("AddCircleMembersUseCase", () -> plain.addCircleMembers().add(command));
  }

  @Override
  public ContactRef add(AddContactPersonUseCase.Command command) {
    return write("AddContactPersonUseCase", () -> plain.addContactPerson().add(command));
  }

  @Override
  public void add(AddOrganiserUseCase.Command command) {
    write("AddOrganiserUseCase", () -> plain.addOrganiser().add(command));
  }

  @Override
  public boolean answer(AnswerRsvpUseCase.Command command) {
    return write("AnswerRsvpUseCase", () -> plain.answerRsvp().answer(command));
  }

  @Override
  public void archive(ArchiveActorUseCase.Command command) {
    write("ArchiveActorUseCase", () -> plain.archiveActor().archive(command));
  }

  @Override
  public void cancel(CancelMeetingUseCase.Command command) {
    write("CancelMeetingUseCase", () -> plain.cancelMeeting().cancel(command));
  }

  @Override
  public void complete(CompleteActionItemUseCase.Command command) {
    write("CompleteActionItemUseCase", () -> plain.completeActionItem().complete(command));
  }

  @Override
  public CircleId create(CreateCircleUseCase.Command command) {
    return write("CreateCircleUseCase", () -> plain.createCircle().create(command));
  }

  @Override
  public void erase(EraseContactPersonUseCase.Command command) {
    write("EraseContactPersonUseCase", () -> plain.eraseContactPerson().erase(command));
  }

  @Override
  public DatabaseSnapshot export() {
    return read("ExportDatabaseUseCase", () -> plain.exportDatabase().export());
  }

  @Override
  public PersonalData export(ExportPersonalDataUseCase.Command command) {
    return read("ExportPersonalDataUseCase", () -> plain.exportPersonalData().export(command));
  }

  @Override
  public List<DialogueGroup> form(FormDialogueGroupsUseCase.Command command) {
    return write("FormDialogueGroupsUseCase", () -> plain.formDialogueGroups().form(command));
  }

  @Override
  public ImportActorsUseCase.Result importActors(ImportActorsUseCase.Command command) {
    return write("ImportActorsUseCase", () -> plain.importActors().importActors(command));
  }

  @Override
  public void importDatabase(ImportDatabaseUseCase.Command command) {
    write("ImportDatabaseUseCase", () -> plain.importDatabase().importDatabase(command));
  }

  @Override
  public void invite(InviteActorsUseCase.Command command) {
    write("InviteActorsUseCase", () -> plain.inviteActors().invite(command));
  }

  @Override
  public Map<ActorId, String> issue(IssueRsvpLinksUseCase.Command command) {
    return write("IssueRsvpLinksUseCase", () -> plain.issueRsvpLinks().issue(command));
  }

  @Override
  public List<Actor> list(ListActorsUseCase.Command command) {
    return read("ListActorsUseCase", () -> plain.listActors().list(command));
  }

  @Override
  public List<ActorListing> listings(ListActorsUseCase.Command command) {
    return read("ListActorsUseCase", () -> plain.listActors().listings(command));
  }

  @Override
  public Map<ActorId, String> names(Collection<ActorId> actors) {
    return read("ListActorsUseCase", () -> plain.listActors().names(actors));
  }

  @Override
  public List<Actor> actors(Collection<ActorId> actors) {
    return read("ListActorsUseCase", () -> plain.listActors().actors(actors));
  }

  @Override
  public List<Circle> list() {
    return read("ListCirclesUseCase", () -> plain.listCircles().list());
  }

  @Override
  public List<Meeting> list(ListMeetingsUseCase.Command command) {
    return read("ListMeetingsUseCase", () -> plain.listMeetings().list(command));
  }

  @Override
  public ReferenceScenario load() {
    return write("LoadReferenceScenarioUseCase", () -> plain.loadReferenceScenario().load());
  }

  @Override
  public MixDialogueGroupsUseCase.Mixed mix(MixDialogueGroupsUseCase.Command command) {
    return write("MixDialogueGroupsUseCase", () -> plain.mixDialogueGroups().mix(command));
  }

  @Override
  public MixingQuality move(MoveGroupMemberUseCase.Command command) {
    return write("MoveGroupMemberUseCase", () -> plain.moveGroupMember().move(command));
  }

  @Override
  public MeetingId plan(PlanMeetingUseCase.Command command) {
    return write("PlanMeetingUseCase", () -> plain.planMeeting().plan(command));
  }

  @Override
  public void post(PostDiscussionThemeUseCase.Command command) {
    write("PostDiscussionThemeUseCase", () -> plain.postDiscussionTheme().post(command));
  }

  @Override
  public WriteUp produce(ProduceWriteUpUseCase.Command command) {
    return write("ProduceWriteUpUseCase", () -> plain.produceWriteUp().produce(command));
  }

  @Override
  public WriteUp publish(PublishWriteUpUseCase.Command command) {
    return write("PublishWriteUpUseCase", () -> plain.publishWriteUp().publish(command));
  }

  @Override
  public void record(RecordAttendanceUseCase.Command command) {
    write("RecordAttendanceUseCase", () -> plain.recordAttendance().record(command));
  }

  @Override
  public void record(RecordChallengeUseCase.Command command) {
    write("RecordChallengeUseCase", () -> plain.recordChallenge().record(command));
  }

  @Override
  public void record(RecordContributionUseCase.Command command) {
    write("RecordContributionUseCase", () -> plain.recordContribution().record(command));
  }

  @Override
  public void record(RecordDecisionUseCase.Command command) {
    write("RecordDecisionUseCase", () -> plain.recordDecision().record(command));
  }

  @Override
  public void record(RecordResponseUseCase.Command command) {
    write("RecordResponseUseCase", () -> plain.recordResponse().record(command));
  }

  @Override
  public ActorId register(RegisterActorUseCase.Command command) {
    return write("RegisterActorUseCase", () -> plain.registerActor().register(command));
  }

  @Override
  public void revise(ReviseWriteUpUseCase.Command command) {
    write("ReviseWriteUpUseCase", () -> plain.reviseWriteUp().revise(command));
  }

  @Override
  public FollowUp schedule(ScheduleFollowUpUseCase.Command command) {
    return write("ScheduleFollowUpUseCase", () -> plain.scheduleFollowUp().schedule(command));
  }

  @Override
  public void set(SetCadenceUseCase.Command command) {
    write("SetCadenceUseCase", () -> plain.setCadence().set(command));
  }

  @Override
  public void set(SetChannelUseCase.Command command) {
    write("SetChannelUseCase", () -> plain.setChannel().set(command));
  }

  @Override
  public void set(SetWorkingGroupUseCase.Command command) {
    write("SetWorkingGroupUseCase", () -> plain.setWorkingGroup().set(command));
  }

  @Override
  public Actor show(ShowActorUseCase.Command command) {
    return read("ShowActorUseCase", () -> plain.showActor().show(command));
  }

  @Override
  public Circle show(ShowCircleUseCase.Command command) {
    return read("ShowCircleUseCase", () -> plain.showCircle().show(command));
  }

  @Override
  public FieldOverview show() {
    return read("ShowFieldOverviewUseCase", () -> plain.showFieldOverview().show());
  }

  @Override
  public Meeting show(ShowMeetingUseCase.Command command) {
    return read("ShowMeetingUseCase", () -> plain.showMeeting().show(command));
  }

  @Override
  public Optional<ShowRsvpUseCase.RsvpInvitation> show(ShowRsvpUseCase.Command command) {
    return read("ShowRsvpUseCase", () -> plain.showRsvp().show(command));
  }

  @Override
  public WriteUp show(ShowWriteUpUseCase.Command command) {
    return read("ShowWriteUpUseCase", () -> plain.showWriteUp().show(command));
  }

  @Override
  public void update(UpdateActorUseCase.Command command) {
    write("UpdateActorUseCase", () -> plain.updateActor().update(command));
  }

  @Override
  public void update(UpdateContactPersonUseCase.Command command) {
    write("UpdateContactPersonUseCase", () -> plain.updateContactPerson().update(command));
  }

  private <T> T write(String useCase, Supplier<T> work) {
    return unitOfWork.inTransaction(useCase, work);
  }

  private void write(String useCase, Runnable work) {
    write(useCase, () -> {
      work.run();
      return null;
    });
  }

  private <T> T read(String useCase, Supplier<T> work) {
    return unitOfWork.inReadOnlyTransaction(useCase, work);
  }
}
