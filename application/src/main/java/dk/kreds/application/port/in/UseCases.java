package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

/** Every use case, as one value that adapters are given. */
public record UseCases(
    AddActionItemUseCase addActionItem,
    AddCircleMembersUseCase addCircleMembers,
    AddContactPersonUseCase addContactPerson,
    AddOrganiserUseCase addOrganiser,
    AnswerRsvpUseCase answerRsvp,
    ArchiveActorUseCase archiveActor,
    BackupDatabaseUseCase backupDatabase,
    CancelMeetingUseCase cancelMeeting,
    CompleteActionItemUseCase completeActionItem,
    CreateCircleUseCase createCircle,
    EraseContactPersonUseCase eraseContactPerson,
    ExportDatabaseUseCase exportDatabase,
    ExportPersonalDataUseCase exportPersonalData,
    FormDialogueGroupsUseCase formDialogueGroups,
    ImportActorsUseCase importActors,
    ImportDatabaseUseCase importDatabase,
    InviteActorsUseCase inviteActors,
    IssueRsvpLinksUseCase issueRsvpLinks,
    ListActorsUseCase listActors,
    ListCirclesUseCase listCircles,
    ListMeetingsUseCase listMeetings,
    LoadReferenceScenarioUseCase loadReferenceScenario,
    LogInUseCase logIn,
    MixDialogueGroupsUseCase mixDialogueGroups,
    MoveGroupMemberUseCase moveGroupMember,
    PlanMeetingUseCase planMeeting,
    PostDiscussionThemeUseCase postDiscussionTheme,
    ProduceWriteUpUseCase produceWriteUp,
    PublishWriteUpUseCase publishWriteUp,
    RecordAttendanceUseCase recordAttendance,
    RecordChallengeUseCase recordChallenge,
    RecordContributionUseCase recordContribution,
    RecordDecisionUseCase recordDecision,
    RecordResponseUseCase recordResponse,
    RegisterActorUseCase registerActor,
    ReviseWriteUpUseCase reviseWriteUp,
    ScheduleFollowUpUseCase scheduleFollowUp,
    SetCadenceUseCase setCadence,
    SetChannelUseCase setChannel,
    SetWorkingGroupUseCase setWorkingGroup,
    ShowActorUseCase showActor,
    ShowCircleUseCase showCircle,
    ShowFieldOverviewUseCase showFieldOverview,
    ShowMeetingUseCase showMeeting,
    ShowRsvpUseCase showRsvp,
    ShowWriteUpUseCase showWriteUp,
    StoreRevisionUseCase storeRevision,
    UpdateActorUseCase updateActor,
    UpdateContactPersonUseCase updateContactPerson) {

  public UseCases {
    requireNonNull(addActionItem, "addActionItem");
    requireNonNull(addCircleMembers, "addCircleMembers");
    requireNonNull(addContactPerson, "addContactPerson");
    requireNonNull(addOrganiser, "addOrganiser");
    requireNonNull(answerRsvp, "answerRsvp");
    requireNonNull(archiveActor, "archiveActor");
    requireNonNull(backupDatabase, "backupDatabase");
    requireNonNull(cancelMeeting, "cancelMeeting");
    requireNonNull(completeActionItem, "completeActionItem");
    requireNonNull(createCircle, "createCircle");
    requireNonNull(eraseContactPerson, "eraseContactPerson");
    requireNonNull(exportDatabase, "exportDatabase");
    requireNonNull(exportPersonalData, "exportPersonalData");
    requireNonNull(formDialogueGroups, "formDialogueGroups");
    requireNonNull(importActors, "importActors");
    requireNonNull(importDatabase, "importDatabase");
    requireNonNull(inviteActors, "inviteActors");
    requireNonNull(issueRsvpLinks, "issueRsvpLinks");
    requireNonNull(listActors, "listActors");
    requireNonNull(listCircles, "listCircles");
    requireNonNull(listMeetings, "listMeetings");
    requireNonNull(loadReferenceScenario, "loadReferenceScenario");
    requireNonNull(logIn, "logIn");
    requireNonNull(mixDialogueGroups, "mixDialogueGroups");
    requireNonNull(moveGroupMember, "moveGroupMember");
    requireNonNull(planMeeting, "planMeeting");
    requireNonNull(postDiscussionTheme, "postDiscussionTheme");
    requireNonNull(produceWriteUp, "produceWriteUp");
    requireNonNull(publishWriteUp, "publishWriteUp");
    requireNonNull(recordAttendance, "recordAttendance");
    requireNonNull(recordChallenge, "recordChallenge");
    requireNonNull(recordContribution, "recordContribution");
    requireNonNull(recordDecision, "recordDecision");
    requireNonNull(recordResponse, "recordResponse");
    requireNonNull(registerActor, "registerActor");
    requireNonNull(reviseWriteUp, "reviseWriteUp");
    requireNonNull(scheduleFollowUp, "scheduleFollowUp");
    requireNonNull(setCadence, "setCadence");
    requireNonNull(setChannel, "setChannel");
    requireNonNull(setWorkingGroup, "setWorkingGroup");
    requireNonNull(showActor, "showActor");
    requireNonNull(showCircle, "showCircle");
    requireNonNull(showFieldOverview, "showFieldOverview");
    requireNonNull(showMeeting, "showMeeting");
    requireNonNull(showRsvp, "showRsvp");
    requireNonNull(showWriteUp, "showWriteUp");
    requireNonNull(storeRevision, "storeRevision");
    requireNonNull(updateActor, "updateActor");
    requireNonNull(updateContactPerson, "updateContactPerson");
  }
}
