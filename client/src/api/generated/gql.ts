/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminMemberships on Person {\n    memberships {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminMembershipsFragmentDoc,
    "\n  fragment AdminLinkFields on PasswordLink {\n    path\n    expiresAt\n    person {\n      id\n      name\n    }\n  }\n": typeof types.AdminLinkFieldsFragmentDoc,
    "\n  query AdminMunicipalities($search: String) {\n    organisations(kind: MUNICIPALITY, search: $search, first: 20) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AdminMunicipalitiesDocument,
    "\n  query AdminOrganisations($municipalityCode: String!, $search: String) {\n    organisations(municipalityCode: $municipalityCode, search: $search, includeInactive: true, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        kind\n        name\n        active\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminPeople($municipalityCode: String!, $search: String, $includeInactive: Boolean) {\n    people(municipalityCode: $municipalityCode, search: $search, includeInactive: $includeInactive, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        email\n        active\n        invitationPending\n        ...AdminMemberships\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n": typeof types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      code\n      kind\n      name\n      active\n      version\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminInvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...AdminLinkFields\n    }\n  }\n": typeof types.AdminInvitePersonDocument,
    "\n  mutation AdminPasswordLink($personId: ID!) {\n    createPasswordLink(personId: $personId) {\n      ...AdminLinkFields\n    }\n  }\n": typeof types.AdminPasswordLinkDocument,
    "\n  mutation AdminSetPersonActive($input: PersonActiveInput!) {\n    setPersonActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.AdminSetPersonActiveDocument,
    "\n  mutation AdminAddMembership($input: MembershipInput!) {\n    addMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n": typeof types.AdminAddMembershipDocument,
    "\n  mutation AdminRemoveMembership($input: MembershipInput!) {\n    removeMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n": typeof types.AdminRemoveMembershipDocument,
    "\n  fragment CycleStepFields on CycleStep {\n    id\n    version\n    title\n    description\n    phase\n    startDate\n    dueDate\n    ownerRole\n    perUnit\n    status\n    canMarkDone\n    doneCount\n    unitCount\n    viewerUnit {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    completions {\n      unit {\n        id\n        name\n      }\n      personName\n      at\n    }\n  }\n": typeof types.CycleStepFieldsFragmentDoc,
    "\n  query AnnualCyclePage($municipalityCode: String!) {\n    annualCycles(municipalityCode: $municipalityCode) {\n      id\n      version\n      schoolForm\n      year\n      schoolYear\n      canEdit\n      units {\n        id\n        name\n      }\n      steps {\n        ...CycleStepFields\n      }\n    }\n  }\n": typeof types.AnnualCyclePageDocument,
    "\n  mutation CreateAnnualCycle($input: CreateAnnualCycleInput!) {\n    createAnnualCycle(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnnualCycleDocument,
    "\n  mutation CopyAnnualCycle($id: ID!) {\n    copyAnnualCycle(id: $id) {\n      id\n    }\n  }\n": typeof types.CopyAnnualCycleDocument,
    "\n  mutation DeleteAnnualCycle($id: ID!, $expectedVersion: Int!) {\n    deleteAnnualCycle(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteAnnualCycleDocument,
    "\n  mutation AddCycleStep($input: AddCycleStepInput!) {\n    addCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": typeof types.AddCycleStepDocument,
    "\n  mutation UpdateCycleStep($input: UpdateCycleStepInput!) {\n    updateCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": typeof types.UpdateCycleStepDocument,
    "\n  mutation DeleteCycleStep($id: ID!, $expectedVersion: Int!) {\n    deleteCycleStep(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteCycleStepDocument,
    "\n  mutation SetCycleStepDone($input: SetCycleStepDoneInput!) {\n    setCycleStepDone(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": typeof types.SetCycleStepDoneDocument,
    "\n  query CycleUnitChoices($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 100) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n": typeof types.CycleUnitChoicesDocument,
    "\n  mutation UpdateAnnualCycle($input: UpdateAnnualCycleInput!) {\n    updateAnnualCycle(input: $input) {\n      id\n      version\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateAnnualCycleDocument,
    "\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.SessionPersonFragmentDoc,
    "\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": typeof types.SessionDemoAccountsDocument,
    "\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": typeof types.SessionLoginDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": typeof types.SessionLogoutDocument,
    "\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": typeof types.SessionSetPasswordDocument,
    "\n  fragment ChatQuestionFields on ChatQuestion {\n    id\n    chatId\n    text\n    authorName\n    mine\n    pickedAt\n    answer\n    answeredAt\n    createdAt\n  }\n": typeof types.ChatQuestionFieldsFragmentDoc,
    "\n  fragment ChatSummaryFields on Chat {\n    id\n    title\n    hostRole\n    hostName\n    startsAt\n    endsAt\n    state\n    version\n    cancelledAt\n    cancelReason\n  }\n": typeof types.ChatSummaryFieldsFragmentDoc,
    "\n  fragment ChatDetailFields on Chat {\n    ...ChatSummaryFields\n    hostPersonId\n    canChange\n    canAsk\n    canModerate\n    canAnswer\n  }\n": typeof types.ChatDetailFieldsFragmentDoc,
    "\n  query ChatBoard($municipalityCode: String!) {\n    chatBoard(municipalityCode: $municipalityCode) {\n      municipalityCode\n      canSchedule\n      hostCandidates {\n        id\n        name\n      }\n      commitment {\n        term\n        required\n        kept\n        commissioner {\n          held\n          planned\n          cancelled\n        }\n        directors {\n          held\n          planned\n          cancelled\n        }\n      }\n      chats {\n        ...ChatSummaryFields\n      }\n    }\n  }\n": typeof types.ChatBoardDocument,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatDetailFields\n      lastSeq\n      questions {\n        ...ChatQuestionFields\n      }\n    }\n  }\n": typeof types.ChatDocument,
    "\n  subscription ChatEvents($chatId: ID!, $after: Int) {\n    chatEvents(chatId: $chatId, after: $after) {\n      seq\n      kind\n      question {\n        ...ChatQuestionFields\n      }\n      chat {\n        ...ChatDetailFields\n      }\n    }\n  }\n": typeof types.ChatEventsDocument,
    "\n  mutation ScheduleChat($input: ScheduleChatInput!) {\n    scheduleChat(input: $input) {\n      ...ChatSummaryFields\n    }\n  }\n": typeof types.ScheduleChatDocument,
    "\n  mutation RescheduleChat($input: RescheduleChatInput!) {\n    rescheduleChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n": typeof types.RescheduleChatDocument,
    "\n  mutation CancelChat($input: CancelChatInput!) {\n    cancelChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n": typeof types.CancelChatDocument,
    "\n  mutation AskInChat($input: AskInChatInput!) {\n    askInChat(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n": typeof types.AskInChatDocument,
    "\n  mutation PickChatQuestion($id: ID!) {\n    pickChatQuestion(id: $id) {\n      ...ChatQuestionFields\n    }\n  }\n": typeof types.PickChatQuestionDocument,
    "\n  mutation AnswerChatQuestion($input: AnswerChatQuestionInput!) {\n    answerChatQuestion(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n": typeof types.AnswerChatQuestionDocument,
    "\n  fragment CoachingFigureFields on CoachingFigure {\n    state\n    value\n  }\n": typeof types.CoachingFigureFieldsFragmentDoc,
    "\n  fragment CoachingStatisticsRowFields on CoachingStatisticsRow {\n    unit {\n      id\n      name\n    }\n    engagements {\n      ...CoachingFigureFields\n    }\n    counts {\n      ...CoachingFigureFields\n    }\n  }\n": typeof types.CoachingStatisticsRowFieldsFragmentDoc,
    "\n  query CoachingStatistics($municipalityCode: String!) {\n    coachingStatistics(municipalityCode: $municipalityCode) {\n      id\n      threshold\n      asOf\n      subjects\n      durations\n      bySubject {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n      byDuration {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n    }\n  }\n": typeof types.CoachingStatisticsDocument,
    "\n  query CoachingCaseload($municipalityCode: String!) {\n    coachingCaseload(municipalityCode: $municipalityCode) {\n      active\n      closed\n      disposed\n      total\n    }\n  }\n": typeof types.CoachingCaseloadDocument,
    "\n  query CoachingSettings($municipalityCode: String!) {\n    coachingSettings(municipalityCode: $municipalityCode) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n": typeof types.CoachingSettingsDocument,
    "\n  mutation SetCoachingRetention($input: SetCoachingRetentionInput!) {\n    setCoachingRetention(input: $input) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n": typeof types.SetCoachingRetentionDocument,
    "\n  query CoachingRecords($municipalityCode: String!) {\n    coachingRecords(municipalityCode: $municipalityCode) {\n      id\n      unit {\n        id\n        name\n      }\n      subject\n      startedAt\n      closedAt\n      state\n      disposedAt\n    }\n  }\n": typeof types.CoachingRecordsDocument,
    "\n  mutation ExportCoachingEngagement($id: ID!) {\n    exportCoachingEngagement(id: $id) {\n      engagementId\n      exportedAt\n      exportedByName\n      fileName\n      text\n      json\n    }\n  }\n": typeof types.ExportCoachingEngagementDocument,
    "\n  fragment CoachingRequestFields on CoachingRequest {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    teacherNames\n    teamName\n    subject\n    need\n    requestedByName\n    requestedAt\n    state\n    timeAgreed\n    roomAgreed\n    declineReason\n    engagement {\n      id\n    }\n    version\n    canForward\n    canAccept\n    canDecline\n    canWithdraw\n  }\n": typeof types.CoachingRequestFieldsFragmentDoc,
    "\n  fragment CoachingEngagementFacts on CoachingEngagement {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    subject\n    coachName\n    teacherNames\n    teamName\n    startedAt\n    closedAt\n    state\n    agreement {\n      sharesDates\n      sharesStatus\n      agreedAt\n    }\n    viewerIsParty\n    version\n  }\n": typeof types.CoachingEngagementFactsFragmentDoc,
    "\n  fragment CoachingEntryFields on CoachingEntry {\n    id\n    kind\n    date\n    text\n    done\n    authorName\n    createdAt\n    version\n    canEdit\n  }\n": typeof types.CoachingEntryFieldsFragmentDoc,
    "\n  fragment CoachingEngagementFields on CoachingEngagement {\n    ...CoachingEngagementFacts\n    content {\n      goal\n      goalSetAt\n      entries {\n        ...CoachingEntryFields\n      }\n      summary\n      viewerIsTeacher\n      canWrite\n    }\n  }\n": typeof types.CoachingEngagementFieldsFragmentDoc,
    "\n  query CoachingBoard($municipalityCode: String!) {\n    coachingBoard(municipalityCode: $municipalityCode) {\n      id\n      canAskPrincipal\n      teacherUnits {\n        id\n        name\n      }\n      principalUnits {\n        id\n        name\n      }\n      unitTeachers {\n        unit {\n          id\n        }\n        teachers {\n          id\n          name\n        }\n      }\n      isCoachService\n      coaches {\n        id\n        name\n        subjects\n      }\n      requests {\n        ...CoachingRequestFields\n      }\n      engagements {\n        ...CoachingEngagementFacts\n      }\n    }\n  }\n": typeof types.CoachingBoardDocument,
    "\n  query CoachingEngagement($id: ID!) {\n    coachingEngagement(id: $id) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.CoachingEngagementDocument,
    "\n  mutation RequestCoaching($input: RequestCoachingInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": typeof types.RequestCoachingDocument,
    "\n  mutation ForwardCoachingRequest($input: ForwardCoachingRequestInput!) {\n    forwardCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": typeof types.ForwardCoachingRequestDocument,
    "\n  mutation AcceptCoachingRequest($input: DecideCoachingRequestInput!) {\n    acceptCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": typeof types.AcceptCoachingRequestDocument,
    "\n  mutation DeclineCoachingRequest($input: DecideCoachingRequestInput!) {\n    declineCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": typeof types.DeclineCoachingRequestDocument,
    "\n  mutation WithdrawCoachingRequest($id: ID!, $expectedVersion: Int!) {\n    withdrawCoachingRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...CoachingRequestFields\n    }\n  }\n": typeof types.WithdrawCoachingRequestDocument,
    "\n  mutation SetCoachingAgreement($input: CoachingAgreementInput!) {\n    setCoachingAgreement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.SetCoachingAgreementDocument,
    "\n  mutation SetCoachingGoal($input: CoachingGoalInput!) {\n    setCoachingGoal(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.SetCoachingGoalDocument,
    "\n  mutation AddCoachingEntry($input: AddCoachingEntryInput!) {\n    addCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.AddCoachingEntryDocument,
    "\n  mutation UpdateCoachingEntry($input: UpdateCoachingEntryInput!) {\n    updateCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.UpdateCoachingEntryDocument,
    "\n  mutation CloseCoachingEngagement($input: CloseEngagementInput!) {\n    closeCoachingEngagement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": typeof types.CloseCoachingEngagementDocument,
    "\n  mutation SetCoachProfile($input: CoachProfileInput!) {\n    setCoachProfile(input: $input) {\n      id\n      name\n      subjects\n    }\n  }\n": typeof types.SetCoachProfileDocument,
    "\n  fragment DeficiencyFields on Deficiency {\n    id\n    title\n    source\n    decisionReference\n    decisionDate\n    area\n    areaOther\n    requirement\n    intervention\n    reportDeadline\n    state\n    reportedAt\n    overdue\n    version\n    canEdit\n    canAddMeasures\n    nextStates\n    fromComplaint\n    createdAt\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    measures {\n      id\n      text\n      owner\n      dueDate\n      done\n      doneAt\n      addedByName\n    }\n    evidence {\n      id\n      text\n      url\n      date\n      byName\n    }\n    history {\n      id\n      state\n      at\n      byName\n      date\n      note\n    }\n  }\n": typeof types.DeficiencyFieldsFragmentDoc,
    "\n  query Deficiencies($organisationId: ID!, $state: DeficiencyState) {\n    deficiencies(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        source\n        area\n        areaOther\n        state\n        overdue\n        reportDeadline\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeficienciesDocument,
    "\n  query Deficiency($id: ID!) {\n    deficiency(id: $id) {\n      ...DeficiencyFields\n      complaint {\n        id\n        subject\n        receivedAt\n      }\n    }\n  }\n": typeof types.DeficiencyDocument,
    "\n  query DeficiencyUnits($municipalityCode: String!) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeficiencyUnitsDocument,
    "\n  mutation CreateDeficiency($input: CreateDeficiencyInput!) {\n    createDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.CreateDeficiencyDocument,
    "\n  mutation UpdateDeficiency($input: UpdateDeficiencyInput!) {\n    updateDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.UpdateDeficiencyDocument,
    "\n  mutation ChangeDeficiencyState($input: ChangeDeficiencyStateInput!) {\n    changeDeficiencyState(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.ChangeDeficiencyStateDocument,
    "\n  mutation AddDeficiencyMeasure($input: AddDeficiencyMeasureInput!) {\n    addDeficiencyMeasure(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.AddDeficiencyMeasureDocument,
    "\n  mutation SetDeficiencyMeasureDone($input: SetDeficiencyMeasureDoneInput!) {\n    setDeficiencyMeasureDone(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.SetDeficiencyMeasureDoneDocument,
    "\n  mutation AddDeficiencyEvidence($input: AddDeficiencyEvidenceInput!) {\n    addDeficiencyEvidence(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": typeof types.AddDeficiencyEvidenceDocument,
    "\n  fragment ComplaintFields on Complaint {\n    id\n    receivedAt\n    channel\n    complainantName\n    complainantContact\n    personalDataVisible\n    subject\n    confirmedAt\n    investigator\n    findings\n    investigatedAt\n    answeredAt\n    answer\n    state\n    version\n    canEdit\n    canCreateDeficiency\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    deficiency {\n      id\n      title\n      state\n    }\n  }\n": typeof types.ComplaintFieldsFragmentDoc,
    "\n  query Complaints($organisationId: ID!, $state: ComplaintState) {\n    complaints(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        receivedAt\n        channel\n        subject\n        state\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ComplaintsDocument,
    "\n  query ComplaintCounts($organisationId: ID!) {\n    complaintCounts(organisationId: $organisationId) {\n      state\n      count\n    }\n  }\n": typeof types.ComplaintCountsDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.ComplaintDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.CreateComplaintDocument,
    "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.UpdateComplaintDocument,
    "\n  mutation DeficiencyFromComplaint($input: DeficiencyFromComplaintInput!) {\n    createDeficiencyFromComplaint(input: $input) {\n      ...DeficiencyFields\n      complaint {\n        id\n        deficiency {\n          id\n          title\n          state\n        }\n        canCreateDeficiency\n      }\n    }\n  }\n": typeof types.DeficiencyFromComplaintDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n    canLiftAsExample\n    canReport\n    reportedByViewer\n    goodExample {\n      id\n      consent\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  fragment GoodExampleFields on GoodExample {\n    id\n    context\n    text\n    authorName\n    note\n    liftedByName\n    liftedAt\n    consent\n    consentAt\n    named\n    version\n    canAnswer\n  }\n": typeof types.GoodExampleFieldsFragmentDoc,
    "\n  query GoodExamples($municipalityCode: String!) {\n    municipality: organisation(code: $municipalityCode) {\n      id\n      name\n    }\n    goodExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n": typeof types.GoodExamplesDocument,
    "\n  query LiftedExamples($municipalityCode: String!) {\n    liftedExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n": typeof types.LiftedExamplesDocument,
    "\n  query MyExampleRequests {\n    myExampleRequests {\n      ...GoodExampleFields\n    }\n  }\n": typeof types.MyExampleRequestsDocument,
    "\n  mutation LiftAsExample($input: LiftExampleInput!) {\n    liftAsExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n": typeof types.LiftAsExampleDocument,
    "\n  mutation AnswerExample($input: AnswerExampleInput!) {\n    answerExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n": typeof types.AnswerExampleDocument,
    "\n  fragment TargetFields on Target {\n    id\n    kind\n    targetValue\n    targetRank\n    targetYear\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n      source\n    }\n    scope {\n      id\n      code\n      name\n    }\n    progress {\n      status\n      reason {\n        sv\n        en\n      }\n      latestValue\n      latestYear\n      changePerYear\n      trend {\n        year\n        value\n      }\n    }\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query GoalsList($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        owner {\n          name\n        }\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n": typeof types.GoalsListDocument,
    "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalHeadFields\n      owner {\n        id\n        name\n        code\n      }\n      plan {\n        id\n        title\n      }\n      targets {\n        ...TargetFields\n      }\n      actionItems {\n        id\n        text\n        status\n        progress\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.GoalDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $organisationIds: [String!]!, $fromYear: Int) {\n    indicatorSeries(indicatorId: $indicatorId, organisationIds: $organisationIds, fromYear: $fromYear) {\n      series {\n        organisationCode\n        measurements {\n          year\n          value\n          missingReason\n          rawMark\n        }\n      }\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  query GoalIndicators {\n    indicators {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n    }\n  }\n": typeof types.GoalIndicatorsDocument,
    "\n  query GoalItemChoices($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode, first: 500) {\n      id\n      text\n      status\n      progress\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.GoalItemChoicesDocument,
    "\n  query GoalChoices($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.GoalChoicesDocument,
    "\n  fragment GoalHeadFields on Goal {\n    id\n    title\n    description\n    status\n    version\n    canEdit\n    period {\n      from\n      to\n    }\n  }\n": typeof types.GoalHeadFieldsFragmentDoc,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": typeof types.AddTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": typeof types.UpdateTargetDocument,
    "\n  mutation RemoveTarget($goalId: ID!, $targetId: ID!) {\n    removeTarget(goalId: $goalId, targetId: $targetId) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": typeof types.RemoveTargetDocument,
    "\n  mutation LinkGoalToItem($input: GoalItemLinkInput!) {\n    linkGoalToItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n": typeof types.LinkGoalToItemDocument,
    "\n  mutation UnlinkGoalFromItem($input: GoalItemLinkInput!) {\n    unlinkGoalFromItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n": typeof types.UnlinkGoalFromItemDocument,
    "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n": typeof types.TeacherStartDocument,
    "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n    overdueCycleSteps(municipalityCode: $municipalityCode) {\n      id\n      title\n      dueDate\n      perUnit\n      doneCount\n      unitCount\n      cycle {\n        id\n        year\n        schoolYear\n        schoolForm\n      }\n    }\n    qualityReportsToAttend(municipalityCode: $municipalityCode) {\n      id\n      schoolYear\n      status\n      updatedAt\n      organisation {\n        id\n        name\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n": typeof types.HomeItemsDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    municipalityCode\n    kind\n    title\n    description\n    date\n    place\n    cap\n    signedUpCount\n    seatsLeft\n    viewerSignedUp\n    viewerWaitingPosition\n    waitingCount\n    started\n    cancelledAt\n    cancelReason\n    canSignUp\n    canOrganise\n    version\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  fragment SuccessFactorFields on SuccessFactor {\n    id\n    text\n    theme\n    authorName\n    editedAt\n    version\n    withdrawn\n    history {\n      text\n      editedAt\n      editorName\n    }\n    canEdit\n    canSetTheme\n    canLiftAsExample\n    goodExample {\n      id\n      consent\n    }\n    group {\n      id\n      name\n    }\n  }\n": typeof types.SuccessFactorFieldsFragmentDoc,
    "\n  fragment MeetingGroupFields on MeetingGroup {\n    id\n    kind\n    name\n    memberCount\n    viewerIsMember\n    canJoin\n    canWriteFactors\n    factorLimit\n    factors {\n      ...SuccessFactorFields\n    }\n    withdrawnFactors {\n      ...SuccessFactorFields\n    }\n  }\n": typeof types.MeetingGroupFieldsFragmentDoc,
    "\n  query MeetingBoard($municipalityCode: String!) {\n    meetingBoard(municipalityCode: $municipalityCode) {\n      id\n      canOrganise\n      meetings {\n        ...MeetingFields\n      }\n      focusGroupTerms {\n        label\n        held\n        planned\n        commitment\n        kept\n      }\n    }\n  }\n": typeof types.MeetingBoardDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n      groups {\n        ...MeetingGroupFields\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingSynthesis($id: ID!) {\n    meetingSynthesis(id: $id) {\n      id\n      meeting {\n        id\n        title\n        date\n        place\n      }\n      themes {\n        theme\n        factors {\n          ...SuccessFactorFields\n        }\n      }\n    }\n  }\n": typeof types.MeetingSynthesisDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation SignUpForMeeting($id: ID!) {\n    signUpForMeeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpForMeetingDocument,
    "\n  mutation CancelMeetingSignUp($id: ID!) {\n    cancelMeetingSignUp(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CancelMeetingSignUpDocument,
    "\n  mutation JoinMeetingWaitingList($id: ID!) {\n    joinMeetingWaitingList(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JoinMeetingWaitingListDocument,
    "\n  mutation EditMeeting($input: EditMeetingInput!) {\n    editMeeting(input: $input) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EditMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation LeaveMeetingGroup($id: ID!) {\n    leaveMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n": typeof types.LeaveMeetingGroupDocument,
    "\n  mutation AddMeetingGroup($input: AddMeetingGroupInput!) {\n    addMeetingGroup(input: $input) {\n      ...MeetingGroupFields\n    }\n  }\n": typeof types.AddMeetingGroupDocument,
    "\n  mutation JoinMeetingGroup($id: ID!) {\n    joinMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n": typeof types.JoinMeetingGroupDocument,
    "\n  mutation AddSuccessFactor($input: AddSuccessFactorInput!) {\n    addSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": typeof types.AddSuccessFactorDocument,
    "\n  mutation EditSuccessFactor($input: EditSuccessFactorInput!) {\n    editSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": typeof types.EditSuccessFactorDocument,
    "\n  mutation WithdrawSuccessFactor($id: ID!, $expectedVersion: Int!) {\n    withdrawSuccessFactor(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      group {\n        id\n      }\n    }\n  }\n": typeof types.WithdrawSuccessFactorDocument,
    "\n  mutation SetSuccessFactorTheme($input: SuccessFactorThemeInput!) {\n    setSuccessFactorTheme(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": typeof types.SetSuccessFactorThemeDocument,
    "\n  query ModerationQueue($municipalityCode: String!) {\n    moderationQueue(municipalityCode: $municipalityCode) {\n      source\n      sourceId\n      reportCount\n      notes\n      firstReportedAt\n      hiddenByReports\n      reasons {\n        reason\n        count\n      }\n      content {\n        id\n        authorName\n        text\n        hidden\n        hiddenReason\n        writtenAt\n        ... on Question {\n          title\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationSettings($municipalityCode: String!) {\n    moderationSettings(municipalityCode: $municipalityCode) {\n      id\n      autoHideAfter\n      autoHideMin\n      autoHideMax\n    }\n  }\n": typeof types.ModerationSettingsDocument,
    "\n  mutation SetModerationSettings($input: ModerationSettingsInput!) {\n    setModerationSettings(input: $input) {\n      id\n      autoHideAfter\n    }\n  }\n": typeof types.SetModerationSettingsDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      state\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation ReviewReports($input: ReviewReportsInput!) {\n    reviewReports(input: $input) {\n      id\n      text\n      hidden\n      hiddenReason\n    }\n  }\n": typeof types.ReviewReportsDocument,
    "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n        question {\n          id\n          title\n          answer {\n            answererName\n          }\n        }\n        meeting {\n          id\n          title\n        }\n        chat {\n          id\n          title\n          cancelReason\n        }\n        chatStartsAt\n        chatEndsAt\n        coachingEngagementId\n        coachingExportedByName\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": typeof types.MarkNotificationsSeenDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  fragment PollFigureFields on PollFigure {\n    state\n    value\n  }\n": typeof types.PollFigureFieldsFragmentDoc,
    "\n  fragment PollRowFields on PollResultRow {\n    key\n    label\n    answers {\n      ...PollFigureFields\n    }\n    counts {\n      ...PollFigureFields\n    }\n  }\n": typeof types.PollRowFieldsFragmentDoc,
    "\n  fragment PollFields on Poll {\n    id\n    title\n    intro\n    state\n    version\n    closesOn\n    breakdowns\n    canAnswer\n    viewerHasAnswered\n    canEdit\n    questions {\n      id\n      kind\n      text\n      options\n    }\n    audience {\n      schoolForms\n      subjects\n      units {\n        id\n        name\n      }\n    }\n    responses {\n      answeredAtLeast\n      audienceSize\n      step\n    }\n  }\n": typeof types.PollFieldsFragmentDoc,
    "\n  query TeacherPanel($municipalityCode: String!) {\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      canManage\n      size\n      threshold\n      municipality {\n        id\n        name\n      }\n      membership {\n        id\n        active\n        schoolForm\n        subject\n        unit {\n          id\n          name\n        }\n      }\n      polls {\n        ...PollFields\n      }\n    }\n  }\n": typeof types.TeacherPanelDocument,
    "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n    pollResults(id: $id) {\n      threshold\n      answers {\n        ...PollFigureFields\n      }\n      questions {\n        options\n        textState\n        texts\n        question {\n          id\n          kind\n          text\n        }\n        total {\n          ...PollRowFields\n        }\n        breakdowns {\n          dimension\n          rows {\n            ...PollRowFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PollDocument,
    "\n  mutation JoinPanel($input: JoinPanelInput!) {\n    joinPanel(input: $input) {\n      id\n      active\n      schoolForm\n      subject\n    }\n  }\n": typeof types.JoinPanelDocument,
    "\n  mutation LeavePanel($municipalityCode: String!) {\n    leavePanel(municipalityCode: $municipalityCode) {\n      id\n      active\n    }\n  }\n": typeof types.LeavePanelDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...PollFields\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation UpdatePoll($input: UpdatePollInput!) {\n    updatePoll(input: $input) {\n      ...PollFields\n    }\n  }\n": typeof types.UpdatePollDocument,
    "\n  mutation OpenPoll($id: ID!, $expectedVersion: Int!) {\n    openPoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n": typeof types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!, $expectedVersion: Int!) {\n    closePoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n": typeof types.ClosePollDocument,
    "\n  mutation SubmitPollAnswer($input: SubmitPollAnswerInput!) {\n    submitPollAnswer(input: $input)\n  }\n": typeof types.SubmitPollAnswerDocument,
    "\n  mutation SetPanelThreshold($input: SetPanelThresholdInput!) {\n    setPanelThreshold(input: $input)\n  }\n": typeof types.SetPanelThresholdDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationByCodeDocument,
    "\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": typeof types.PlanDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      qualityMeasures {\n        report {\n          id\n          schoolYear\n          organisation {\n            id\n            name\n          }\n        }\n        measure {\n          id\n          text\n        }\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": typeof types.ActionItemDocument,
    "\n  mutation RecordStatusUpdate($input: RecordStatusUpdateInput!) {\n    recordStatusUpdate(input: $input) {\n      ...ItemFields\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": typeof types.RecordStatusUpdateDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": typeof types.CreateActionPlanDocument,
    "\n  mutation PublishActionPlan($input: VersionedInput!) {\n    publishActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PublishActionPlanDocument,
    "\n  mutation CloseActionPlan($input: VersionedInput!) {\n    closeActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CloseActionPlanDocument,
    "\n  fragment AreaFields on Area {\n    id\n    title\n    description\n    position\n    archived\n    version\n  }\n": typeof types.AreaFieldsFragmentDoc,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n      items(first: 100) {\n        nodes {\n          id\n        }\n      }\n      plan {\n        id\n        areas {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      purpose\n      startingPoints\n      status\n      version\n      ownerTitle\n      responsibleTitle\n      responsible {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n      period {\n        from\n        to\n      }\n    }\n  }\n": typeof types.UpdateActionPlanDocument,
    "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": typeof types.UpdateAreaDocument,
    "\n  mutation ArchiveArea($input: ArchiveAreaInput!) {\n    archiveArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": typeof types.ArchiveAreaDocument,
    "\n  mutation MoveArea($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      id\n      areas {\n        id\n        position\n        version\n      }\n    }\n  }\n": typeof types.MoveAreaDocument,
    "\n  mutation MoveActionItem($input: MoveActionItemInput!) {\n    moveActionItem(input: $input) {\n      id\n      areas {\n        id\n        items(first: 100) {\n          nodes {\n            id\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoveActionItemDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ItemFields\n      area {\n        id\n        items(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation CancelActionItem($input: VersionedInput!) {\n    cancelActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n": typeof types.CancelActionItemDocument,
    "\n  query AssignablePeople($organisationId: ID!) {\n    assignablePeople(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n": typeof types.AssignablePeopleDocument,
    "\n  query SchoolUnits($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 50) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.SchoolUnitsDocument,
    "\n  fragment QualityReportSummary on QualityReport {\n    id\n    kind\n    year\n    schoolYear\n    status\n    updatedAt\n    organisation {\n      id\n      name\n      code\n      kind\n    }\n  }\n": typeof types.QualityReportSummaryFragmentDoc,
    "\n  fragment QualityMeasureFields on QualityMeasure {\n    id\n    text\n    ownerName\n    dueDate\n    causeId\n    expectedEffect\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n    }\n    actionItem {\n      id\n      text\n      status\n      progress\n    }\n  }\n": typeof types.QualityMeasureFieldsFragmentDoc,
    "\n  fragment QualityReportFields on QualityReport {\n    ...QualityReportSummary\n    version\n    headings\n    canWrite\n    canSubmit\n    canReview\n    canComment\n    canInvite\n    canLinkItems\n    texts {\n      section\n      text\n      guidance\n      version\n      updatedAt\n      updatedByName\n    }\n    results {\n      indicator {\n        id\n        key\n        unit\n        decimals\n        name {\n          sv\n          en\n        }\n      }\n      figures {\n        year\n        value\n        missingReason\n        rawMark\n        source\n      }\n    }\n    developmentAreas {\n      version\n      updatedAt\n      updatedByName\n      areas {\n        id\n        title\n        theme\n        description\n        causes {\n          id\n          text\n          evidenceKind\n          evidence\n        }\n      }\n    }\n    measures {\n      version\n      updatedAt\n      updatedByName\n      measures {\n        ...QualityMeasureFields\n      }\n    }\n    participation {\n      version\n      updatedAt\n      updatedByName\n      teachers\n      teachersHow\n      staff\n      staffHow\n      pupils\n      pupilsHow\n      guardiansOffered\n      guardiansDate\n      guardiansHow\n    }\n    followUps {\n      version\n      updatedAt\n      updatedByName\n      followUps {\n        id\n        fromYear\n        fromReportId\n        measureId\n        text\n        ownerName\n        expectedEffect\n        carriedOut\n        carriedOutEvidence\n        effect\n        effectEvidence\n        actionItem {\n          id\n          text\n          status\n        }\n      }\n    }\n    comments {\n      id\n      authorName\n      at\n      text\n      status\n    }\n    history {\n      status\n      at\n      byName\n    }\n    contributors {\n      right\n      person {\n        id\n        name\n      }\n    }\n    submitProblems {\n      field\n      message {\n        sv\n        en\n      }\n    }\n  }\n": typeof types.QualityReportFieldsFragmentDoc,
    "\n  query QualityReports($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportSummary\n    }\n  }\n": typeof types.QualityReportsDocument,
    "\n  query QualityReport($id: ID!) {\n    qualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.QualityReportDocument,
    "\n  query QualityOrganiserOverview($id: ID!) {\n    qualityReport(id: $id) {\n      id\n      unitReports {\n        ...QualityReportSummary\n      }\n      unitsNotSubmitted {\n        id\n        name\n      }\n      themes {\n        theme\n        areas {\n          organisation {\n            id\n            name\n          }\n          area {\n            id\n            title\n          }\n          measures {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.QualityOrganiserOverviewDocument,
    "\n  query QualityThread($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.QualityThreadDocument,
    "\n  query MeasurePlanChoices($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        areas {\n          id\n          title\n          archived\n        }\n      }\n    }\n  }\n": typeof types.MeasurePlanChoicesDocument,
    "\n  mutation CreateQualityReport($input: CreateQualityReportInput!) {\n    createQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.CreateQualityReportDocument,
    "\n  mutation SaveQualityText($input: SaveQualityTextInput!) {\n    saveQualityText(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SaveQualityTextDocument,
    "\n  mutation SaveDevelopmentAreas($input: SaveDevelopmentAreasInput!) {\n    saveDevelopmentAreas(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SaveDevelopmentAreasDocument,
    "\n  mutation SaveQualityMeasures($input: SaveQualityMeasuresInput!) {\n    saveQualityMeasures(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SaveQualityMeasuresDocument,
    "\n  mutation SaveParticipation($input: SaveParticipationInput!) {\n    saveParticipation(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SaveParticipationDocument,
    "\n  mutation SaveFollowUps($input: SaveFollowUpsInput!) {\n    saveFollowUps(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SaveFollowUpsDocument,
    "\n  mutation SubmitQualityReport($id: ID!) {\n    submitQualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.SubmitQualityReportDocument,
    "\n  mutation ReturnQualityReport($input: QualityCommentInput!) {\n    returnQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.ReturnQualityReportDocument,
    "\n  mutation ApproveQualityReport($input: ApproveQualityReportInput!) {\n    approveQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.ApproveQualityReportDocument,
    "\n  mutation CommentQualityReport($input: QualityCommentInput!) {\n    commentQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.CommentQualityReportDocument,
    "\n  mutation CreateItemFromMeasure($input: ItemFromMeasureInput!) {\n    createItemFromMeasure(input: $input) {\n      item {\n        id\n        text\n      }\n      report {\n        id\n        measures {\n          version\n          measures {\n            id\n            actionItem {\n              id\n              text\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateItemFromMeasureDocument,
    "\n  query QualityInvitees($reportId: ID!, $search: String) {\n    qualityInvitees(reportId: $reportId, search: $search) {\n      id\n      name\n      title\n    }\n  }\n": typeof types.QualityInviteesDocument,
    "\n  mutation InviteToQualityReport($input: QualityInviteInput!) {\n    inviteToQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.InviteToQualityReportDocument,
    "\n  mutation UninviteFromQualityReport($input: QualityInviteInput!) {\n    uninviteFromQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": typeof types.UninviteFromQualityReportDocument,
    "\n  query QualityTemplate($organisationId: ID!) {\n    qualityTemplate(organisationId: $organisationId) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n": typeof types.QualityTemplateDocument,
    "\n  mutation SaveQualityTemplate($input: SaveQualityTemplateInput!) {\n    saveQualityTemplate(input: $input) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n": typeof types.SaveQualityTemplateDocument,
    "\n  fragment QuestionFields on Question {\n    id\n    municipalityCode\n    addressee\n    title\n    text\n    askerName\n    askedAt\n    editedAt\n    state\n    version\n    supportCount\n    viewerSupports\n    viewerIsAsker\n    canSupport\n    canEdit\n    canAnswer\n    hidden\n    hiddenReason\n    canReport\n    reportedByViewer\n    answer {\n      text\n      answererName\n      answeredAt\n      editedAt\n    }\n  }\n": typeof types.QuestionFieldsFragmentDoc,
    "\n  query QuestionBoard($municipalityCode: String!) {\n    questionBoard(municipalityCode: $municipalityCode) {\n      id\n      canRaise\n      answersFor\n      questions {\n        ...QuestionFields\n      }\n    }\n  }\n": typeof types.QuestionBoardDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n      canLiftAnswerAsExample\n      answerExample {\n        id\n        consent\n      }\n    }\n  }\n": typeof types.QuestionDocument,
    "\n  query PoliticianQuestions {\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n  }\n": typeof types.PoliticianQuestionsDocument,
    "\n  mutation RaiseQuestion($input: RaiseQuestionInput!) {\n    raiseQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.RaiseQuestionDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  mutation PrepareQuestionAnswer($id: ID!, $expectedVersion: Int!) {\n    prepareQuestionAnswer(id: $id, expectedVersion: $expectedVersion) {\n      ...QuestionFields\n    }\n  }\n": typeof types.PrepareQuestionAnswerDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  mutation SupportQuestion($id: ID!) {\n    supportQuestion(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.SupportQuestionDocument,
    "\n  mutation WithdrawQuestionSupport($id: ID!) {\n    withdrawQuestionSupport(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.WithdrawQuestionSupportDocument,
    "\n  query PlanReportGoals($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      goals {\n        id\n        title\n        targets {\n          id\n          kind\n          targetValue\n          targetRank\n          targetYear\n          indicator {\n            id\n            name {\n              sv\n              en\n            }\n            unit\n            decimals\n          }\n          scope {\n            id\n            name\n          }\n          progress {\n            status\n            latestValue\n            latestYear\n            reason {\n              sv\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanReportGoalsDocument,
    "\n  query MunicipalityNames {\n    municipalityNames {\n      municipalityCode\n      name\n    }\n  }\n": typeof types.MunicipalityNamesDocument,
    "\n  query SimilarMunicipalities($code: String!, $year: Int!) {\n    similarMunicipalities(code: $code, year: $year, first: 5) {\n      municipalityCode\n      name\n      distance\n    }\n  }\n": typeof types.SimilarMunicipalitiesDocument,
    "\n  query SavedPeers {\n    me {\n      id\n      resultPeers\n    }\n  }\n": typeof types.SavedPeersDocument,
    "\n  mutation SetResultPeers($codes: [String!]!) {\n    setResultPeers(codes: $codes) {\n      id\n      resultPeers\n    }\n  }\n": typeof types.SetResultPeersDocument,
    "\n  fragment FactorFields on FactorResult {\n    measure\n    indicatorKey\n    actual {\n      value\n      missingReason\n      mark\n    }\n    approximate\n    modelValue\n    deviation\n    deviationArrow\n    change\n    changeArrow\n    rank\n    rankMissing\n    band\n    deviationRank\n    deviationBand\n  }\n": typeof types.FactorFieldsFragmentDoc,
    "\n  query ResultYears {\n    resultYears\n    resultPerspectives\n  }\n": typeof types.ResultYearsDocument,
    "\n  fragment MunicipalityResultsFields on MunicipalityResults {\n    municipalityCode\n    name\n    countyName\n    source\n    attribution {\n      sv\n      en\n    }\n    years {\n      year\n      rank\n      total\n      band\n      score\n      incomplete\n      approximate\n      pupils\n      factors {\n        ...FactorFields\n      }\n      distanceToTop25 {\n        targetRank\n        targetScore\n        scoreGap\n        within\n        factors {\n          measure\n          deviation\n          rank\n          neededRank\n          neededValue\n          change\n        }\n      }\n      fits {\n        measure\n        r2\n        n\n      }\n      nationalMedians {\n        factor\n        median\n      }\n    }\n  }\n": typeof types.MunicipalityResultsFieldsFragmentDoc,
    "\n  fragment PeerComparisonFields on PeerComparison {\n    year\n    source\n    municipality {\n      municipalityCode\n      name\n      rank\n      factors {\n        ...FactorFields\n      }\n    }\n    national {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    county {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    peers {\n      municipalityCode\n      name\n      rank\n      unreliable\n      factors {\n        ...FactorFields\n      }\n    }\n  }\n": typeof types.PeerComparisonFieldsFragmentDoc,
    "\n  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!, $organiserType: OrganiserType!) {\n    peerComparison(code: $code, year: $year, peers: $peers, organiserType: $organiserType) {\n      ...PeerComparisonFields\n    }\n  }\n": typeof types.PeerComparisonDocument,
    "\n  fragment SchoolUnitResultsFields on SchoolUnitResults {\n    year\n    source\n    units {\n      schoolUnitCode\n      name\n      organiserType\n      pupils\n      unreliable\n      allSubjects {\n        value\n        missingReason\n        mark\n      }\n      meritValue {\n        value\n        missingReason\n        mark\n      }\n      vocationalEligible {\n        value\n        missingReason\n        mark\n      }\n    }\n  }\n": typeof types.SchoolUnitResultsFieldsFragmentDoc,
    "\n  fragment NationalSeriesFields on IndicatorSeries {\n    series {\n      organisationCode\n      measurements {\n        year\n        value\n        missingReason\n      }\n    }\n  }\n": typeof types.NationalSeriesFieldsFragmentDoc,
    "\n  query MunicipalityPage($code: String!, $organiserType: OrganiserType!) {\n    resultPerspectives\n    municipalityResults(code: $code, organiserType: $organiserType) {\n      ...MunicipalityResultsFields\n    }\n    schoolUnitResults(municipalityCode: $code) {\n      ...SchoolUnitResultsFields\n    }\n    allSubjects: indicatorSeries(indicatorId: \"ak9.allSubjects\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    meritValue: indicatorSeries(indicatorId: \"ak9.meritValue\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    vocationalEligible: indicatorSeries(indicatorId: \"ak9.vocationalEligible\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n  }\n": typeof types.MunicipalityPageDocument,
    "\n  query RankingPage($year: Int!, $previousYear: Int!, $withPrevious: Boolean!, $organiserType: OrganiserType!) {\n    ranking(year: $year, organiserType: $organiserType) {\n      year\n      total\n      source\n      attribution {\n        sv\n        en\n      }\n      municipalities {\n        municipalityCode\n        name\n        countyName\n        rank\n        score\n        band\n        incomplete\n        approximate\n      }\n    }\n    previous: ranking(year: $previousYear, organiserType: $organiserType) @include(if: $withPrevious) {\n      year\n      municipalities {\n        municipalityCode\n        rank\n      }\n    }\n  }\n": typeof types.RankingPageDocument,
};
const documents: Documents = {
    "\n  fragment AdminMemberships on Person {\n    memberships {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdminMembershipsFragmentDoc,
    "\n  fragment AdminLinkFields on PasswordLink {\n    path\n    expiresAt\n    person {\n      id\n      name\n    }\n  }\n": types.AdminLinkFieldsFragmentDoc,
    "\n  query AdminMunicipalities($search: String) {\n    organisations(kind: MUNICIPALITY, search: $search, first: 20) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AdminMunicipalitiesDocument,
    "\n  query AdminOrganisations($municipalityCode: String!, $search: String) {\n    organisations(municipalityCode: $municipalityCode, search: $search, includeInactive: true, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        kind\n        name\n        active\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminPeople($municipalityCode: String!, $search: String, $includeInactive: Boolean) {\n    people(municipalityCode: $municipalityCode, search: $search, includeInactive: $includeInactive, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        email\n        active\n        invitationPending\n        ...AdminMemberships\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n": types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      code\n      kind\n      name\n      active\n      version\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminInvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...AdminLinkFields\n    }\n  }\n": types.AdminInvitePersonDocument,
    "\n  mutation AdminPasswordLink($personId: ID!) {\n    createPasswordLink(personId: $personId) {\n      ...AdminLinkFields\n    }\n  }\n": types.AdminPasswordLinkDocument,
    "\n  mutation AdminSetPersonActive($input: PersonActiveInput!) {\n    setPersonActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.AdminSetPersonActiveDocument,
    "\n  mutation AdminAddMembership($input: MembershipInput!) {\n    addMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n": types.AdminAddMembershipDocument,
    "\n  mutation AdminRemoveMembership($input: MembershipInput!) {\n    removeMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n": types.AdminRemoveMembershipDocument,
    "\n  fragment CycleStepFields on CycleStep {\n    id\n    version\n    title\n    description\n    phase\n    startDate\n    dueDate\n    ownerRole\n    perUnit\n    status\n    canMarkDone\n    doneCount\n    unitCount\n    viewerUnit {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    completions {\n      unit {\n        id\n        name\n      }\n      personName\n      at\n    }\n  }\n": types.CycleStepFieldsFragmentDoc,
    "\n  query AnnualCyclePage($municipalityCode: String!) {\n    annualCycles(municipalityCode: $municipalityCode) {\n      id\n      version\n      schoolForm\n      year\n      schoolYear\n      canEdit\n      units {\n        id\n        name\n      }\n      steps {\n        ...CycleStepFields\n      }\n    }\n  }\n": types.AnnualCyclePageDocument,
    "\n  mutation CreateAnnualCycle($input: CreateAnnualCycleInput!) {\n    createAnnualCycle(input: $input) {\n      id\n    }\n  }\n": types.CreateAnnualCycleDocument,
    "\n  mutation CopyAnnualCycle($id: ID!) {\n    copyAnnualCycle(id: $id) {\n      id\n    }\n  }\n": types.CopyAnnualCycleDocument,
    "\n  mutation DeleteAnnualCycle($id: ID!, $expectedVersion: Int!) {\n    deleteAnnualCycle(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteAnnualCycleDocument,
    "\n  mutation AddCycleStep($input: AddCycleStepInput!) {\n    addCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": types.AddCycleStepDocument,
    "\n  mutation UpdateCycleStep($input: UpdateCycleStepInput!) {\n    updateCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": types.UpdateCycleStepDocument,
    "\n  mutation DeleteCycleStep($id: ID!, $expectedVersion: Int!) {\n    deleteCycleStep(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteCycleStepDocument,
    "\n  mutation SetCycleStepDone($input: SetCycleStepDoneInput!) {\n    setCycleStepDone(input: $input) {\n      ...CycleStepFields\n    }\n  }\n": types.SetCycleStepDoneDocument,
    "\n  query CycleUnitChoices($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 100) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n": types.CycleUnitChoicesDocument,
    "\n  mutation UpdateAnnualCycle($input: UpdateAnnualCycleInput!) {\n    updateAnnualCycle(input: $input) {\n      id\n      version\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateAnnualCycleDocument,
    "\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.SessionPersonFragmentDoc,
    "\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n": types.SessionViewerDocument,
    "\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": types.SessionDemoAccountsDocument,
    "\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": types.SessionLoginDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": types.SessionLogoutDocument,
    "\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": types.SessionSetPasswordDocument,
    "\n  fragment ChatQuestionFields on ChatQuestion {\n    id\n    chatId\n    text\n    authorName\n    mine\n    pickedAt\n    answer\n    answeredAt\n    createdAt\n  }\n": types.ChatQuestionFieldsFragmentDoc,
    "\n  fragment ChatSummaryFields on Chat {\n    id\n    title\n    hostRole\n    hostName\n    startsAt\n    endsAt\n    state\n    version\n    cancelledAt\n    cancelReason\n  }\n": types.ChatSummaryFieldsFragmentDoc,
    "\n  fragment ChatDetailFields on Chat {\n    ...ChatSummaryFields\n    hostPersonId\n    canChange\n    canAsk\n    canModerate\n    canAnswer\n  }\n": types.ChatDetailFieldsFragmentDoc,
    "\n  query ChatBoard($municipalityCode: String!) {\n    chatBoard(municipalityCode: $municipalityCode) {\n      municipalityCode\n      canSchedule\n      hostCandidates {\n        id\n        name\n      }\n      commitment {\n        term\n        required\n        kept\n        commissioner {\n          held\n          planned\n          cancelled\n        }\n        directors {\n          held\n          planned\n          cancelled\n        }\n      }\n      chats {\n        ...ChatSummaryFields\n      }\n    }\n  }\n": types.ChatBoardDocument,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatDetailFields\n      lastSeq\n      questions {\n        ...ChatQuestionFields\n      }\n    }\n  }\n": types.ChatDocument,
    "\n  subscription ChatEvents($chatId: ID!, $after: Int) {\n    chatEvents(chatId: $chatId, after: $after) {\n      seq\n      kind\n      question {\n        ...ChatQuestionFields\n      }\n      chat {\n        ...ChatDetailFields\n      }\n    }\n  }\n": types.ChatEventsDocument,
    "\n  mutation ScheduleChat($input: ScheduleChatInput!) {\n    scheduleChat(input: $input) {\n      ...ChatSummaryFields\n    }\n  }\n": types.ScheduleChatDocument,
    "\n  mutation RescheduleChat($input: RescheduleChatInput!) {\n    rescheduleChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n": types.RescheduleChatDocument,
    "\n  mutation CancelChat($input: CancelChatInput!) {\n    cancelChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n": types.CancelChatDocument,
    "\n  mutation AskInChat($input: AskInChatInput!) {\n    askInChat(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n": types.AskInChatDocument,
    "\n  mutation PickChatQuestion($id: ID!) {\n    pickChatQuestion(id: $id) {\n      ...ChatQuestionFields\n    }\n  }\n": types.PickChatQuestionDocument,
    "\n  mutation AnswerChatQuestion($input: AnswerChatQuestionInput!) {\n    answerChatQuestion(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n": types.AnswerChatQuestionDocument,
    "\n  fragment CoachingFigureFields on CoachingFigure {\n    state\n    value\n  }\n": types.CoachingFigureFieldsFragmentDoc,
    "\n  fragment CoachingStatisticsRowFields on CoachingStatisticsRow {\n    unit {\n      id\n      name\n    }\n    engagements {\n      ...CoachingFigureFields\n    }\n    counts {\n      ...CoachingFigureFields\n    }\n  }\n": types.CoachingStatisticsRowFieldsFragmentDoc,
    "\n  query CoachingStatistics($municipalityCode: String!) {\n    coachingStatistics(municipalityCode: $municipalityCode) {\n      id\n      threshold\n      asOf\n      subjects\n      durations\n      bySubject {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n      byDuration {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n    }\n  }\n": types.CoachingStatisticsDocument,
    "\n  query CoachingCaseload($municipalityCode: String!) {\n    coachingCaseload(municipalityCode: $municipalityCode) {\n      active\n      closed\n      disposed\n      total\n    }\n  }\n": types.CoachingCaseloadDocument,
    "\n  query CoachingSettings($municipalityCode: String!) {\n    coachingSettings(municipalityCode: $municipalityCode) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n": types.CoachingSettingsDocument,
    "\n  mutation SetCoachingRetention($input: SetCoachingRetentionInput!) {\n    setCoachingRetention(input: $input) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n": types.SetCoachingRetentionDocument,
    "\n  query CoachingRecords($municipalityCode: String!) {\n    coachingRecords(municipalityCode: $municipalityCode) {\n      id\n      unit {\n        id\n        name\n      }\n      subject\n      startedAt\n      closedAt\n      state\n      disposedAt\n    }\n  }\n": types.CoachingRecordsDocument,
    "\n  mutation ExportCoachingEngagement($id: ID!) {\n    exportCoachingEngagement(id: $id) {\n      engagementId\n      exportedAt\n      exportedByName\n      fileName\n      text\n      json\n    }\n  }\n": types.ExportCoachingEngagementDocument,
    "\n  fragment CoachingRequestFields on CoachingRequest {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    teacherNames\n    teamName\n    subject\n    need\n    requestedByName\n    requestedAt\n    state\n    timeAgreed\n    roomAgreed\n    declineReason\n    engagement {\n      id\n    }\n    version\n    canForward\n    canAccept\n    canDecline\n    canWithdraw\n  }\n": types.CoachingRequestFieldsFragmentDoc,
    "\n  fragment CoachingEngagementFacts on CoachingEngagement {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    subject\n    coachName\n    teacherNames\n    teamName\n    startedAt\n    closedAt\n    state\n    agreement {\n      sharesDates\n      sharesStatus\n      agreedAt\n    }\n    viewerIsParty\n    version\n  }\n": types.CoachingEngagementFactsFragmentDoc,
    "\n  fragment CoachingEntryFields on CoachingEntry {\n    id\n    kind\n    date\n    text\n    done\n    authorName\n    createdAt\n    version\n    canEdit\n  }\n": types.CoachingEntryFieldsFragmentDoc,
    "\n  fragment CoachingEngagementFields on CoachingEngagement {\n    ...CoachingEngagementFacts\n    content {\n      goal\n      goalSetAt\n      entries {\n        ...CoachingEntryFields\n      }\n      summary\n      viewerIsTeacher\n      canWrite\n    }\n  }\n": types.CoachingEngagementFieldsFragmentDoc,
    "\n  query CoachingBoard($municipalityCode: String!) {\n    coachingBoard(municipalityCode: $municipalityCode) {\n      id\n      canAskPrincipal\n      teacherUnits {\n        id\n        name\n      }\n      principalUnits {\n        id\n        name\n      }\n      unitTeachers {\n        unit {\n          id\n        }\n        teachers {\n          id\n          name\n        }\n      }\n      isCoachService\n      coaches {\n        id\n        name\n        subjects\n      }\n      requests {\n        ...CoachingRequestFields\n      }\n      engagements {\n        ...CoachingEngagementFacts\n      }\n    }\n  }\n": types.CoachingBoardDocument,
    "\n  query CoachingEngagement($id: ID!) {\n    coachingEngagement(id: $id) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.CoachingEngagementDocument,
    "\n  mutation RequestCoaching($input: RequestCoachingInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": types.RequestCoachingDocument,
    "\n  mutation ForwardCoachingRequest($input: ForwardCoachingRequestInput!) {\n    forwardCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": types.ForwardCoachingRequestDocument,
    "\n  mutation AcceptCoachingRequest($input: DecideCoachingRequestInput!) {\n    acceptCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": types.AcceptCoachingRequestDocument,
    "\n  mutation DeclineCoachingRequest($input: DecideCoachingRequestInput!) {\n    declineCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n": types.DeclineCoachingRequestDocument,
    "\n  mutation WithdrawCoachingRequest($id: ID!, $expectedVersion: Int!) {\n    withdrawCoachingRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...CoachingRequestFields\n    }\n  }\n": types.WithdrawCoachingRequestDocument,
    "\n  mutation SetCoachingAgreement($input: CoachingAgreementInput!) {\n    setCoachingAgreement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.SetCoachingAgreementDocument,
    "\n  mutation SetCoachingGoal($input: CoachingGoalInput!) {\n    setCoachingGoal(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.SetCoachingGoalDocument,
    "\n  mutation AddCoachingEntry($input: AddCoachingEntryInput!) {\n    addCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.AddCoachingEntryDocument,
    "\n  mutation UpdateCoachingEntry($input: UpdateCoachingEntryInput!) {\n    updateCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.UpdateCoachingEntryDocument,
    "\n  mutation CloseCoachingEngagement($input: CloseEngagementInput!) {\n    closeCoachingEngagement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n": types.CloseCoachingEngagementDocument,
    "\n  mutation SetCoachProfile($input: CoachProfileInput!) {\n    setCoachProfile(input: $input) {\n      id\n      name\n      subjects\n    }\n  }\n": types.SetCoachProfileDocument,
    "\n  fragment DeficiencyFields on Deficiency {\n    id\n    title\n    source\n    decisionReference\n    decisionDate\n    area\n    areaOther\n    requirement\n    intervention\n    reportDeadline\n    state\n    reportedAt\n    overdue\n    version\n    canEdit\n    canAddMeasures\n    nextStates\n    fromComplaint\n    createdAt\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    measures {\n      id\n      text\n      owner\n      dueDate\n      done\n      doneAt\n      addedByName\n    }\n    evidence {\n      id\n      text\n      url\n      date\n      byName\n    }\n    history {\n      id\n      state\n      at\n      byName\n      date\n      note\n    }\n  }\n": types.DeficiencyFieldsFragmentDoc,
    "\n  query Deficiencies($organisationId: ID!, $state: DeficiencyState) {\n    deficiencies(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        source\n        area\n        areaOther\n        state\n        overdue\n        reportDeadline\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeficienciesDocument,
    "\n  query Deficiency($id: ID!) {\n    deficiency(id: $id) {\n      ...DeficiencyFields\n      complaint {\n        id\n        subject\n        receivedAt\n      }\n    }\n  }\n": types.DeficiencyDocument,
    "\n  query DeficiencyUnits($municipalityCode: String!) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DeficiencyUnitsDocument,
    "\n  mutation CreateDeficiency($input: CreateDeficiencyInput!) {\n    createDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.CreateDeficiencyDocument,
    "\n  mutation UpdateDeficiency($input: UpdateDeficiencyInput!) {\n    updateDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.UpdateDeficiencyDocument,
    "\n  mutation ChangeDeficiencyState($input: ChangeDeficiencyStateInput!) {\n    changeDeficiencyState(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.ChangeDeficiencyStateDocument,
    "\n  mutation AddDeficiencyMeasure($input: AddDeficiencyMeasureInput!) {\n    addDeficiencyMeasure(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.AddDeficiencyMeasureDocument,
    "\n  mutation SetDeficiencyMeasureDone($input: SetDeficiencyMeasureDoneInput!) {\n    setDeficiencyMeasureDone(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.SetDeficiencyMeasureDoneDocument,
    "\n  mutation AddDeficiencyEvidence($input: AddDeficiencyEvidenceInput!) {\n    addDeficiencyEvidence(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n": types.AddDeficiencyEvidenceDocument,
    "\n  fragment ComplaintFields on Complaint {\n    id\n    receivedAt\n    channel\n    complainantName\n    complainantContact\n    personalDataVisible\n    subject\n    confirmedAt\n    investigator\n    findings\n    investigatedAt\n    answeredAt\n    answer\n    state\n    version\n    canEdit\n    canCreateDeficiency\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    deficiency {\n      id\n      title\n      state\n    }\n  }\n": types.ComplaintFieldsFragmentDoc,
    "\n  query Complaints($organisationId: ID!, $state: ComplaintState) {\n    complaints(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        receivedAt\n        channel\n        subject\n        state\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ComplaintsDocument,
    "\n  query ComplaintCounts($organisationId: ID!) {\n    complaintCounts(organisationId: $organisationId) {\n      state\n      count\n    }\n  }\n": types.ComplaintCountsDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n": types.ComplaintDocument,
    "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n": types.CreateComplaintDocument,
    "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n": types.UpdateComplaintDocument,
    "\n  mutation DeficiencyFromComplaint($input: DeficiencyFromComplaintInput!) {\n    createDeficiencyFromComplaint(input: $input) {\n      ...DeficiencyFields\n      complaint {\n        id\n        deficiency {\n          id\n          title\n          state\n        }\n        canCreateDeficiency\n      }\n    }\n  }\n": types.DeficiencyFromComplaintDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n    canLiftAsExample\n    canReport\n    reportedByViewer\n    goodExample {\n      id\n      consent\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  fragment GoodExampleFields on GoodExample {\n    id\n    context\n    text\n    authorName\n    note\n    liftedByName\n    liftedAt\n    consent\n    consentAt\n    named\n    version\n    canAnswer\n  }\n": types.GoodExampleFieldsFragmentDoc,
    "\n  query GoodExamples($municipalityCode: String!) {\n    municipality: organisation(code: $municipalityCode) {\n      id\n      name\n    }\n    goodExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n": types.GoodExamplesDocument,
    "\n  query LiftedExamples($municipalityCode: String!) {\n    liftedExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n": types.LiftedExamplesDocument,
    "\n  query MyExampleRequests {\n    myExampleRequests {\n      ...GoodExampleFields\n    }\n  }\n": types.MyExampleRequestsDocument,
    "\n  mutation LiftAsExample($input: LiftExampleInput!) {\n    liftAsExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n": types.LiftAsExampleDocument,
    "\n  mutation AnswerExample($input: AnswerExampleInput!) {\n    answerExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n": types.AnswerExampleDocument,
    "\n  fragment TargetFields on Target {\n    id\n    kind\n    targetValue\n    targetRank\n    targetYear\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n      source\n    }\n    scope {\n      id\n      code\n      name\n    }\n    progress {\n      status\n      reason {\n        sv\n        en\n      }\n      latestValue\n      latestYear\n      changePerYear\n      trend {\n        year\n        value\n      }\n    }\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query GoalsList($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        owner {\n          name\n        }\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n": types.GoalsListDocument,
    "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalHeadFields\n      owner {\n        id\n        name\n        code\n      }\n      plan {\n        id\n        title\n      }\n      targets {\n        ...TargetFields\n      }\n      actionItems {\n        id\n        text\n        status\n        progress\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.GoalDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $organisationIds: [String!]!, $fromYear: Int) {\n    indicatorSeries(indicatorId: $indicatorId, organisationIds: $organisationIds, fromYear: $fromYear) {\n      series {\n        organisationCode\n        measurements {\n          year\n          value\n          missingReason\n          rawMark\n        }\n      }\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  query GoalIndicators {\n    indicators {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n    }\n  }\n": types.GoalIndicatorsDocument,
    "\n  query GoalItemChoices($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode, first: 500) {\n      id\n      text\n      status\n      progress\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.GoalItemChoicesDocument,
    "\n  query GoalChoices($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.GoalChoicesDocument,
    "\n  fragment GoalHeadFields on Goal {\n    id\n    title\n    description\n    status\n    version\n    canEdit\n    period {\n      from\n      to\n    }\n  }\n": types.GoalHeadFieldsFragmentDoc,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": types.AddTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": types.UpdateTargetDocument,
    "\n  mutation RemoveTarget($goalId: ID!, $targetId: ID!) {\n    removeTarget(goalId: $goalId, targetId: $targetId) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n": types.RemoveTargetDocument,
    "\n  mutation LinkGoalToItem($input: GoalItemLinkInput!) {\n    linkGoalToItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n": types.LinkGoalToItemDocument,
    "\n  mutation UnlinkGoalFromItem($input: GoalItemLinkInput!) {\n    unlinkGoalFromItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n": types.UnlinkGoalFromItemDocument,
    "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n": types.TeacherStartDocument,
    "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n    overdueCycleSteps(municipalityCode: $municipalityCode) {\n      id\n      title\n      dueDate\n      perUnit\n      doneCount\n      unitCount\n      cycle {\n        id\n        year\n        schoolYear\n        schoolForm\n      }\n    }\n    qualityReportsToAttend(municipalityCode: $municipalityCode) {\n      id\n      schoolYear\n      status\n      updatedAt\n      organisation {\n        id\n        name\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n": types.HomeItemsDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    municipalityCode\n    kind\n    title\n    description\n    date\n    place\n    cap\n    signedUpCount\n    seatsLeft\n    viewerSignedUp\n    viewerWaitingPosition\n    waitingCount\n    started\n    cancelledAt\n    cancelReason\n    canSignUp\n    canOrganise\n    version\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  fragment SuccessFactorFields on SuccessFactor {\n    id\n    text\n    theme\n    authorName\n    editedAt\n    version\n    withdrawn\n    history {\n      text\n      editedAt\n      editorName\n    }\n    canEdit\n    canSetTheme\n    canLiftAsExample\n    goodExample {\n      id\n      consent\n    }\n    group {\n      id\n      name\n    }\n  }\n": types.SuccessFactorFieldsFragmentDoc,
    "\n  fragment MeetingGroupFields on MeetingGroup {\n    id\n    kind\n    name\n    memberCount\n    viewerIsMember\n    canJoin\n    canWriteFactors\n    factorLimit\n    factors {\n      ...SuccessFactorFields\n    }\n    withdrawnFactors {\n      ...SuccessFactorFields\n    }\n  }\n": types.MeetingGroupFieldsFragmentDoc,
    "\n  query MeetingBoard($municipalityCode: String!) {\n    meetingBoard(municipalityCode: $municipalityCode) {\n      id\n      canOrganise\n      meetings {\n        ...MeetingFields\n      }\n      focusGroupTerms {\n        label\n        held\n        planned\n        commitment\n        kept\n      }\n    }\n  }\n": types.MeetingBoardDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n      groups {\n        ...MeetingGroupFields\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingSynthesis($id: ID!) {\n    meetingSynthesis(id: $id) {\n      id\n      meeting {\n        id\n        title\n        date\n        place\n      }\n      themes {\n        theme\n        factors {\n          ...SuccessFactorFields\n        }\n      }\n    }\n  }\n": types.MeetingSynthesisDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation SignUpForMeeting($id: ID!) {\n    signUpForMeeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpForMeetingDocument,
    "\n  mutation CancelMeetingSignUp($id: ID!) {\n    cancelMeetingSignUp(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": types.CancelMeetingSignUpDocument,
    "\n  mutation JoinMeetingWaitingList($id: ID!) {\n    joinMeetingWaitingList(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": types.JoinMeetingWaitingListDocument,
    "\n  mutation EditMeeting($input: EditMeetingInput!) {\n    editMeeting(input: $input) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n": types.EditMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation LeaveMeetingGroup($id: ID!) {\n    leaveMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n": types.LeaveMeetingGroupDocument,
    "\n  mutation AddMeetingGroup($input: AddMeetingGroupInput!) {\n    addMeetingGroup(input: $input) {\n      ...MeetingGroupFields\n    }\n  }\n": types.AddMeetingGroupDocument,
    "\n  mutation JoinMeetingGroup($id: ID!) {\n    joinMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n": types.JoinMeetingGroupDocument,
    "\n  mutation AddSuccessFactor($input: AddSuccessFactorInput!) {\n    addSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": types.AddSuccessFactorDocument,
    "\n  mutation EditSuccessFactor($input: EditSuccessFactorInput!) {\n    editSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": types.EditSuccessFactorDocument,
    "\n  mutation WithdrawSuccessFactor($id: ID!, $expectedVersion: Int!) {\n    withdrawSuccessFactor(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      group {\n        id\n      }\n    }\n  }\n": types.WithdrawSuccessFactorDocument,
    "\n  mutation SetSuccessFactorTheme($input: SuccessFactorThemeInput!) {\n    setSuccessFactorTheme(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n": types.SetSuccessFactorThemeDocument,
    "\n  query ModerationQueue($municipalityCode: String!) {\n    moderationQueue(municipalityCode: $municipalityCode) {\n      source\n      sourceId\n      reportCount\n      notes\n      firstReportedAt\n      hiddenByReports\n      reasons {\n        reason\n        count\n      }\n      content {\n        id\n        authorName\n        text\n        hidden\n        hiddenReason\n        writtenAt\n        ... on Question {\n          title\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationSettings($municipalityCode: String!) {\n    moderationSettings(municipalityCode: $municipalityCode) {\n      id\n      autoHideAfter\n      autoHideMin\n      autoHideMax\n    }\n  }\n": types.ModerationSettingsDocument,
    "\n  mutation SetModerationSettings($input: ModerationSettingsInput!) {\n    setModerationSettings(input: $input) {\n      id\n      autoHideAfter\n    }\n  }\n": types.SetModerationSettingsDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      state\n    }\n  }\n": types.ReportContentDocument,
    "\n  mutation ReviewReports($input: ReviewReportsInput!) {\n    reviewReports(input: $input) {\n      id\n      text\n      hidden\n      hiddenReason\n    }\n  }\n": types.ReviewReportsDocument,
    "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n        question {\n          id\n          title\n          answer {\n            answererName\n          }\n        }\n        meeting {\n          id\n          title\n        }\n        chat {\n          id\n          title\n          cancelReason\n        }\n        chatStartsAt\n        chatEndsAt\n        coachingEngagementId\n        coachingExportedByName\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": types.MarkNotificationsSeenDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  fragment PollFigureFields on PollFigure {\n    state\n    value\n  }\n": types.PollFigureFieldsFragmentDoc,
    "\n  fragment PollRowFields on PollResultRow {\n    key\n    label\n    answers {\n      ...PollFigureFields\n    }\n    counts {\n      ...PollFigureFields\n    }\n  }\n": types.PollRowFieldsFragmentDoc,
    "\n  fragment PollFields on Poll {\n    id\n    title\n    intro\n    state\n    version\n    closesOn\n    breakdowns\n    canAnswer\n    viewerHasAnswered\n    canEdit\n    questions {\n      id\n      kind\n      text\n      options\n    }\n    audience {\n      schoolForms\n      subjects\n      units {\n        id\n        name\n      }\n    }\n    responses {\n      answeredAtLeast\n      audienceSize\n      step\n    }\n  }\n": types.PollFieldsFragmentDoc,
    "\n  query TeacherPanel($municipalityCode: String!) {\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      canManage\n      size\n      threshold\n      municipality {\n        id\n        name\n      }\n      membership {\n        id\n        active\n        schoolForm\n        subject\n        unit {\n          id\n          name\n        }\n      }\n      polls {\n        ...PollFields\n      }\n    }\n  }\n": types.TeacherPanelDocument,
    "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n    pollResults(id: $id) {\n      threshold\n      answers {\n        ...PollFigureFields\n      }\n      questions {\n        options\n        textState\n        texts\n        question {\n          id\n          kind\n          text\n        }\n        total {\n          ...PollRowFields\n        }\n        breakdowns {\n          dimension\n          rows {\n            ...PollRowFields\n          }\n        }\n      }\n    }\n  }\n": types.PollDocument,
    "\n  mutation JoinPanel($input: JoinPanelInput!) {\n    joinPanel(input: $input) {\n      id\n      active\n      schoolForm\n      subject\n    }\n  }\n": types.JoinPanelDocument,
    "\n  mutation LeavePanel($municipalityCode: String!) {\n    leavePanel(municipalityCode: $municipalityCode) {\n      id\n      active\n    }\n  }\n": types.LeavePanelDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...PollFields\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation UpdatePoll($input: UpdatePollInput!) {\n    updatePoll(input: $input) {\n      ...PollFields\n    }\n  }\n": types.UpdatePollDocument,
    "\n  mutation OpenPoll($id: ID!, $expectedVersion: Int!) {\n    openPoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n": types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!, $expectedVersion: Int!) {\n    closePoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n": types.ClosePollDocument,
    "\n  mutation SubmitPollAnswer($input: SubmitPollAnswerInput!) {\n    submitPollAnswer(input: $input)\n  }\n": types.SubmitPollAnswerDocument,
    "\n  mutation SetPanelThreshold($input: SetPanelThresholdInput!) {\n    setPanelThreshold(input: $input)\n  }\n": types.SetPanelThresholdDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.OrganisationByCodeDocument,
    "\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlansListDocument,
    "\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": types.PlanDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      qualityMeasures {\n        report {\n          id\n          schoolYear\n          organisation {\n            id\n            name\n          }\n        }\n        measure {\n          id\n          text\n        }\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": types.ActionItemDocument,
    "\n  mutation RecordStatusUpdate($input: RecordStatusUpdateInput!) {\n    recordStatusUpdate(input: $input) {\n      ...ItemFields\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": types.RecordStatusUpdateDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": types.CreateActionPlanDocument,
    "\n  mutation PublishActionPlan($input: VersionedInput!) {\n    publishActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PublishActionPlanDocument,
    "\n  mutation CloseActionPlan($input: VersionedInput!) {\n    closeActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CloseActionPlanDocument,
    "\n  fragment AreaFields on Area {\n    id\n    title\n    description\n    position\n    archived\n    version\n  }\n": types.AreaFieldsFragmentDoc,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n      items(first: 100) {\n        nodes {\n          id\n        }\n      }\n      plan {\n        id\n        areas {\n          id\n        }\n      }\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      purpose\n      startingPoints\n      status\n      version\n      ownerTitle\n      responsibleTitle\n      responsible {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n      period {\n        from\n        to\n      }\n    }\n  }\n": types.UpdateActionPlanDocument,
    "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": types.UpdateAreaDocument,
    "\n  mutation ArchiveArea($input: ArchiveAreaInput!) {\n    archiveArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": types.ArchiveAreaDocument,
    "\n  mutation MoveArea($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      id\n      areas {\n        id\n        position\n        version\n      }\n    }\n  }\n": types.MoveAreaDocument,
    "\n  mutation MoveActionItem($input: MoveActionItemInput!) {\n    moveActionItem(input: $input) {\n      id\n      areas {\n        id\n        items(first: 100) {\n          nodes {\n            id\n            version\n          }\n        }\n      }\n    }\n  }\n": types.MoveActionItemDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ItemFields\n      area {\n        id\n        items(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CreateActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation CancelActionItem($input: VersionedInput!) {\n    cancelActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n": types.CancelActionItemDocument,
    "\n  query AssignablePeople($organisationId: ID!) {\n    assignablePeople(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n": types.AssignablePeopleDocument,
    "\n  query SchoolUnits($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 50) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.SchoolUnitsDocument,
    "\n  fragment QualityReportSummary on QualityReport {\n    id\n    kind\n    year\n    schoolYear\n    status\n    updatedAt\n    organisation {\n      id\n      name\n      code\n      kind\n    }\n  }\n": types.QualityReportSummaryFragmentDoc,
    "\n  fragment QualityMeasureFields on QualityMeasure {\n    id\n    text\n    ownerName\n    dueDate\n    causeId\n    expectedEffect\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n    }\n    actionItem {\n      id\n      text\n      status\n      progress\n    }\n  }\n": types.QualityMeasureFieldsFragmentDoc,
    "\n  fragment QualityReportFields on QualityReport {\n    ...QualityReportSummary\n    version\n    headings\n    canWrite\n    canSubmit\n    canReview\n    canComment\n    canInvite\n    canLinkItems\n    texts {\n      section\n      text\n      guidance\n      version\n      updatedAt\n      updatedByName\n    }\n    results {\n      indicator {\n        id\n        key\n        unit\n        decimals\n        name {\n          sv\n          en\n        }\n      }\n      figures {\n        year\n        value\n        missingReason\n        rawMark\n        source\n      }\n    }\n    developmentAreas {\n      version\n      updatedAt\n      updatedByName\n      areas {\n        id\n        title\n        theme\n        description\n        causes {\n          id\n          text\n          evidenceKind\n          evidence\n        }\n      }\n    }\n    measures {\n      version\n      updatedAt\n      updatedByName\n      measures {\n        ...QualityMeasureFields\n      }\n    }\n    participation {\n      version\n      updatedAt\n      updatedByName\n      teachers\n      teachersHow\n      staff\n      staffHow\n      pupils\n      pupilsHow\n      guardiansOffered\n      guardiansDate\n      guardiansHow\n    }\n    followUps {\n      version\n      updatedAt\n      updatedByName\n      followUps {\n        id\n        fromYear\n        fromReportId\n        measureId\n        text\n        ownerName\n        expectedEffect\n        carriedOut\n        carriedOutEvidence\n        effect\n        effectEvidence\n        actionItem {\n          id\n          text\n          status\n        }\n      }\n    }\n    comments {\n      id\n      authorName\n      at\n      text\n      status\n    }\n    history {\n      status\n      at\n      byName\n    }\n    contributors {\n      right\n      person {\n        id\n        name\n      }\n    }\n    submitProblems {\n      field\n      message {\n        sv\n        en\n      }\n    }\n  }\n": types.QualityReportFieldsFragmentDoc,
    "\n  query QualityReports($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportSummary\n    }\n  }\n": types.QualityReportsDocument,
    "\n  query QualityReport($id: ID!) {\n    qualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n": types.QualityReportDocument,
    "\n  query QualityOrganiserOverview($id: ID!) {\n    qualityReport(id: $id) {\n      id\n      unitReports {\n        ...QualityReportSummary\n      }\n      unitsNotSubmitted {\n        id\n        name\n      }\n      themes {\n        theme\n        areas {\n          organisation {\n            id\n            name\n          }\n          area {\n            id\n            title\n          }\n          measures {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": types.QualityOrganiserOverviewDocument,
    "\n  query QualityThread($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportFields\n    }\n  }\n": types.QualityThreadDocument,
    "\n  query MeasurePlanChoices($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        areas {\n          id\n          title\n          archived\n        }\n      }\n    }\n  }\n": types.MeasurePlanChoicesDocument,
    "\n  mutation CreateQualityReport($input: CreateQualityReportInput!) {\n    createQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.CreateQualityReportDocument,
    "\n  mutation SaveQualityText($input: SaveQualityTextInput!) {\n    saveQualityText(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.SaveQualityTextDocument,
    "\n  mutation SaveDevelopmentAreas($input: SaveDevelopmentAreasInput!) {\n    saveDevelopmentAreas(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.SaveDevelopmentAreasDocument,
    "\n  mutation SaveQualityMeasures($input: SaveQualityMeasuresInput!) {\n    saveQualityMeasures(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.SaveQualityMeasuresDocument,
    "\n  mutation SaveParticipation($input: SaveParticipationInput!) {\n    saveParticipation(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.SaveParticipationDocument,
    "\n  mutation SaveFollowUps($input: SaveFollowUpsInput!) {\n    saveFollowUps(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.SaveFollowUpsDocument,
    "\n  mutation SubmitQualityReport($id: ID!) {\n    submitQualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n": types.SubmitQualityReportDocument,
    "\n  mutation ReturnQualityReport($input: QualityCommentInput!) {\n    returnQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.ReturnQualityReportDocument,
    "\n  mutation ApproveQualityReport($input: ApproveQualityReportInput!) {\n    approveQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.ApproveQualityReportDocument,
    "\n  mutation CommentQualityReport($input: QualityCommentInput!) {\n    commentQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.CommentQualityReportDocument,
    "\n  mutation CreateItemFromMeasure($input: ItemFromMeasureInput!) {\n    createItemFromMeasure(input: $input) {\n      item {\n        id\n        text\n      }\n      report {\n        id\n        measures {\n          version\n          measures {\n            id\n            actionItem {\n              id\n              text\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CreateItemFromMeasureDocument,
    "\n  query QualityInvitees($reportId: ID!, $search: String) {\n    qualityInvitees(reportId: $reportId, search: $search) {\n      id\n      name\n      title\n    }\n  }\n": types.QualityInviteesDocument,
    "\n  mutation InviteToQualityReport($input: QualityInviteInput!) {\n    inviteToQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.InviteToQualityReportDocument,
    "\n  mutation UninviteFromQualityReport($input: QualityInviteInput!) {\n    uninviteFromQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n": types.UninviteFromQualityReportDocument,
    "\n  query QualityTemplate($organisationId: ID!) {\n    qualityTemplate(organisationId: $organisationId) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n": types.QualityTemplateDocument,
    "\n  mutation SaveQualityTemplate($input: SaveQualityTemplateInput!) {\n    saveQualityTemplate(input: $input) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n": types.SaveQualityTemplateDocument,
    "\n  fragment QuestionFields on Question {\n    id\n    municipalityCode\n    addressee\n    title\n    text\n    askerName\n    askedAt\n    editedAt\n    state\n    version\n    supportCount\n    viewerSupports\n    viewerIsAsker\n    canSupport\n    canEdit\n    canAnswer\n    hidden\n    hiddenReason\n    canReport\n    reportedByViewer\n    answer {\n      text\n      answererName\n      answeredAt\n      editedAt\n    }\n  }\n": types.QuestionFieldsFragmentDoc,
    "\n  query QuestionBoard($municipalityCode: String!) {\n    questionBoard(municipalityCode: $municipalityCode) {\n      id\n      canRaise\n      answersFor\n      questions {\n        ...QuestionFields\n      }\n    }\n  }\n": types.QuestionBoardDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n      canLiftAnswerAsExample\n      answerExample {\n        id\n        consent\n      }\n    }\n  }\n": types.QuestionDocument,
    "\n  query PoliticianQuestions {\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n  }\n": types.PoliticianQuestionsDocument,
    "\n  mutation RaiseQuestion($input: RaiseQuestionInput!) {\n    raiseQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.RaiseQuestionDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.EditQuestionDocument,
    "\n  mutation PrepareQuestionAnswer($id: ID!, $expectedVersion: Int!) {\n    prepareQuestionAnswer(id: $id, expectedVersion: $expectedVersion) {\n      ...QuestionFields\n    }\n  }\n": types.PrepareQuestionAnswerDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  mutation SupportQuestion($id: ID!) {\n    supportQuestion(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.SupportQuestionDocument,
    "\n  mutation WithdrawQuestionSupport($id: ID!) {\n    withdrawQuestionSupport(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.WithdrawQuestionSupportDocument,
    "\n  query PlanReportGoals($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      goals {\n        id\n        title\n        targets {\n          id\n          kind\n          targetValue\n          targetRank\n          targetYear\n          indicator {\n            id\n            name {\n              sv\n              en\n            }\n            unit\n            decimals\n          }\n          scope {\n            id\n            name\n          }\n          progress {\n            status\n            latestValue\n            latestYear\n            reason {\n              sv\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanReportGoalsDocument,
    "\n  query MunicipalityNames {\n    municipalityNames {\n      municipalityCode\n      name\n    }\n  }\n": types.MunicipalityNamesDocument,
    "\n  query SimilarMunicipalities($code: String!, $year: Int!) {\n    similarMunicipalities(code: $code, year: $year, first: 5) {\n      municipalityCode\n      name\n      distance\n    }\n  }\n": types.SimilarMunicipalitiesDocument,
    "\n  query SavedPeers {\n    me {\n      id\n      resultPeers\n    }\n  }\n": types.SavedPeersDocument,
    "\n  mutation SetResultPeers($codes: [String!]!) {\n    setResultPeers(codes: $codes) {\n      id\n      resultPeers\n    }\n  }\n": types.SetResultPeersDocument,
    "\n  fragment FactorFields on FactorResult {\n    measure\n    indicatorKey\n    actual {\n      value\n      missingReason\n      mark\n    }\n    approximate\n    modelValue\n    deviation\n    deviationArrow\n    change\n    changeArrow\n    rank\n    rankMissing\n    band\n    deviationRank\n    deviationBand\n  }\n": types.FactorFieldsFragmentDoc,
    "\n  query ResultYears {\n    resultYears\n    resultPerspectives\n  }\n": types.ResultYearsDocument,
    "\n  fragment MunicipalityResultsFields on MunicipalityResults {\n    municipalityCode\n    name\n    countyName\n    source\n    attribution {\n      sv\n      en\n    }\n    years {\n      year\n      rank\n      total\n      band\n      score\n      incomplete\n      approximate\n      pupils\n      factors {\n        ...FactorFields\n      }\n      distanceToTop25 {\n        targetRank\n        targetScore\n        scoreGap\n        within\n        factors {\n          measure\n          deviation\n          rank\n          neededRank\n          neededValue\n          change\n        }\n      }\n      fits {\n        measure\n        r2\n        n\n      }\n      nationalMedians {\n        factor\n        median\n      }\n    }\n  }\n": types.MunicipalityResultsFieldsFragmentDoc,
    "\n  fragment PeerComparisonFields on PeerComparison {\n    year\n    source\n    municipality {\n      municipalityCode\n      name\n      rank\n      factors {\n        ...FactorFields\n      }\n    }\n    national {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    county {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    peers {\n      municipalityCode\n      name\n      rank\n      unreliable\n      factors {\n        ...FactorFields\n      }\n    }\n  }\n": types.PeerComparisonFieldsFragmentDoc,
    "\n  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!, $organiserType: OrganiserType!) {\n    peerComparison(code: $code, year: $year, peers: $peers, organiserType: $organiserType) {\n      ...PeerComparisonFields\n    }\n  }\n": types.PeerComparisonDocument,
    "\n  fragment SchoolUnitResultsFields on SchoolUnitResults {\n    year\n    source\n    units {\n      schoolUnitCode\n      name\n      organiserType\n      pupils\n      unreliable\n      allSubjects {\n        value\n        missingReason\n        mark\n      }\n      meritValue {\n        value\n        missingReason\n        mark\n      }\n      vocationalEligible {\n        value\n        missingReason\n        mark\n      }\n    }\n  }\n": types.SchoolUnitResultsFieldsFragmentDoc,
    "\n  fragment NationalSeriesFields on IndicatorSeries {\n    series {\n      organisationCode\n      measurements {\n        year\n        value\n        missingReason\n      }\n    }\n  }\n": types.NationalSeriesFieldsFragmentDoc,
    "\n  query MunicipalityPage($code: String!, $organiserType: OrganiserType!) {\n    resultPerspectives\n    municipalityResults(code: $code, organiserType: $organiserType) {\n      ...MunicipalityResultsFields\n    }\n    schoolUnitResults(municipalityCode: $code) {\n      ...SchoolUnitResultsFields\n    }\n    allSubjects: indicatorSeries(indicatorId: \"ak9.allSubjects\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    meritValue: indicatorSeries(indicatorId: \"ak9.meritValue\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    vocationalEligible: indicatorSeries(indicatorId: \"ak9.vocationalEligible\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n  }\n": types.MunicipalityPageDocument,
    "\n  query RankingPage($year: Int!, $previousYear: Int!, $withPrevious: Boolean!, $organiserType: OrganiserType!) {\n    ranking(year: $year, organiserType: $organiserType) {\n      year\n      total\n      source\n      attribution {\n        sv\n        en\n      }\n      municipalities {\n        municipalityCode\n        name\n        countyName\n        rank\n        score\n        band\n        incomplete\n        approximate\n      }\n    }\n    previous: ranking(year: $previousYear, organiserType: $organiserType) @include(if: $withPrevious) {\n      year\n      municipalities {\n        municipalityCode\n        rank\n      }\n    }\n  }\n": types.RankingPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberships on Person {\n    memberships {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberships on Person {\n    memberships {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminLinkFields on PasswordLink {\n    path\n    expiresAt\n    person {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminLinkFields on PasswordLink {\n    path\n    expiresAt\n    person {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMunicipalities($search: String) {\n    organisations(kind: MUNICIPALITY, search: $search, first: 20) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMunicipalities($search: String) {\n    organisations(kind: MUNICIPALITY, search: $search, first: 20) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($municipalityCode: String!, $search: String) {\n    organisations(municipalityCode: $municipalityCode, search: $search, includeInactive: true, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        kind\n        name\n        active\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($municipalityCode: String!, $search: String) {\n    organisations(municipalityCode: $municipalityCode, search: $search, includeInactive: true, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        kind\n        name\n        active\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($municipalityCode: String!, $search: String, $includeInactive: Boolean) {\n    people(municipalityCode: $municipalityCode, search: $search, includeInactive: $includeInactive, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        email\n        active\n        invitationPending\n        ...AdminMemberships\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($municipalityCode: String!, $search: String, $includeInactive: Boolean) {\n    people(municipalityCode: $municipalityCode, search: $search, includeInactive: $includeInactive, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        email\n        active\n        invitationPending\n        ...AdminMemberships\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      code\n      kind\n      name\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      code\n      kind\n      name\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...AdminLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...AdminLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPasswordLink($personId: ID!) {\n    createPasswordLink(personId: $personId) {\n      ...AdminLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPasswordLink($personId: ID!) {\n    createPasswordLink(personId: $personId) {\n      ...AdminLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPersonActive($input: PersonActiveInput!) {\n    setPersonActive(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetPersonActive($input: PersonActiveInput!) {\n    setPersonActive(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddMembership($input: MembershipInput!) {\n    addMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddMembership($input: MembershipInput!) {\n    addMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveMembership($input: MembershipInput!) {\n    removeMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveMembership($input: MembershipInput!) {\n    removeMembership(input: $input) {\n      id\n      ...AdminMemberships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleStepFields on CycleStep {\n    id\n    version\n    title\n    description\n    phase\n    startDate\n    dueDate\n    ownerRole\n    perUnit\n    status\n    canMarkDone\n    doneCount\n    unitCount\n    viewerUnit {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    completions {\n      unit {\n        id\n        name\n      }\n      personName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CycleStepFields on CycleStep {\n    id\n    version\n    title\n    description\n    phase\n    startDate\n    dueDate\n    ownerRole\n    perUnit\n    status\n    canMarkDone\n    doneCount\n    unitCount\n    viewerUnit {\n      id\n      name\n    }\n    pendingUnits {\n      id\n      name\n    }\n    completions {\n      unit {\n        id\n        name\n      }\n      personName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualCyclePage($municipalityCode: String!) {\n    annualCycles(municipalityCode: $municipalityCode) {\n      id\n      version\n      schoolForm\n      year\n      schoolYear\n      canEdit\n      units {\n        id\n        name\n      }\n      steps {\n        ...CycleStepFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualCyclePage($municipalityCode: String!) {\n    annualCycles(municipalityCode: $municipalityCode) {\n      id\n      version\n      schoolForm\n      year\n      schoolYear\n      canEdit\n      units {\n        id\n        name\n      }\n      steps {\n        ...CycleStepFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnualCycle($input: CreateAnnualCycleInput!) {\n    createAnnualCycle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnnualCycle($input: CreateAnnualCycleInput!) {\n    createAnnualCycle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyAnnualCycle($id: ID!) {\n    copyAnnualCycle(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CopyAnnualCycle($id: ID!) {\n    copyAnnualCycle(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnnualCycle($id: ID!, $expectedVersion: Int!) {\n    deleteAnnualCycle(id: $id, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation DeleteAnnualCycle($id: ID!, $expectedVersion: Int!) {\n    deleteAnnualCycle(id: $id, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCycleStep($input: AddCycleStepInput!) {\n    addCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCycleStep($input: AddCycleStepInput!) {\n    addCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCycleStep($input: UpdateCycleStepInput!) {\n    updateCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCycleStep($input: UpdateCycleStepInput!) {\n    updateCycleStep(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCycleStep($id: ID!, $expectedVersion: Int!) {\n    deleteCycleStep(id: $id, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation DeleteCycleStep($id: ID!, $expectedVersion: Int!) {\n    deleteCycleStep(id: $id, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCycleStepDone($input: SetCycleStepDoneInput!) {\n    setCycleStepDone(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCycleStepDone($input: SetCycleStepDoneInput!) {\n    setCycleStepDone(input: $input) {\n      ...CycleStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleUnitChoices($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 100) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CycleUnitChoices($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 100) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnnualCycle($input: UpdateAnnualCycleInput!) {\n    updateAnnualCycle(input: $input) {\n      id\n      version\n      units {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnnualCycle($input: UpdateAnnualCycleInput!) {\n    updateAnnualCycle(input: $input) {\n      id\n      version\n      units {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n"): (typeof documents)["\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation SessionLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatQuestionFields on ChatQuestion {\n    id\n    chatId\n    text\n    authorName\n    mine\n    pickedAt\n    answer\n    answeredAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ChatQuestionFields on ChatQuestion {\n    id\n    chatId\n    text\n    authorName\n    mine\n    pickedAt\n    answer\n    answeredAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatSummaryFields on Chat {\n    id\n    title\n    hostRole\n    hostName\n    startsAt\n    endsAt\n    state\n    version\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment ChatSummaryFields on Chat {\n    id\n    title\n    hostRole\n    hostName\n    startsAt\n    endsAt\n    state\n    version\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatDetailFields on Chat {\n    ...ChatSummaryFields\n    hostPersonId\n    canChange\n    canAsk\n    canModerate\n    canAnswer\n  }\n"): (typeof documents)["\n  fragment ChatDetailFields on Chat {\n    ...ChatSummaryFields\n    hostPersonId\n    canChange\n    canAsk\n    canModerate\n    canAnswer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatBoard($municipalityCode: String!) {\n    chatBoard(municipalityCode: $municipalityCode) {\n      municipalityCode\n      canSchedule\n      hostCandidates {\n        id\n        name\n      }\n      commitment {\n        term\n        required\n        kept\n        commissioner {\n          held\n          planned\n          cancelled\n        }\n        directors {\n          held\n          planned\n          cancelled\n        }\n      }\n      chats {\n        ...ChatSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatBoard($municipalityCode: String!) {\n    chatBoard(municipalityCode: $municipalityCode) {\n      municipalityCode\n      canSchedule\n      hostCandidates {\n        id\n        name\n      }\n      commitment {\n        term\n        required\n        kept\n        commissioner {\n          held\n          planned\n          cancelled\n        }\n        directors {\n          held\n          planned\n          cancelled\n        }\n      }\n      chats {\n        ...ChatSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatDetailFields\n      lastSeq\n      questions {\n        ...ChatQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatDetailFields\n      lastSeq\n      questions {\n        ...ChatQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatEvents($chatId: ID!, $after: Int) {\n    chatEvents(chatId: $chatId, after: $after) {\n      seq\n      kind\n      question {\n        ...ChatQuestionFields\n      }\n      chat {\n        ...ChatDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatEvents($chatId: ID!, $after: Int) {\n    chatEvents(chatId: $chatId, after: $after) {\n      seq\n      kind\n      question {\n        ...ChatQuestionFields\n      }\n      chat {\n        ...ChatDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleChat($input: ScheduleChatInput!) {\n    scheduleChat(input: $input) {\n      ...ChatSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleChat($input: ScheduleChatInput!) {\n    scheduleChat(input: $input) {\n      ...ChatSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleChat($input: RescheduleChatInput!) {\n    rescheduleChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleChat($input: RescheduleChatInput!) {\n    rescheduleChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelChat($input: CancelChatInput!) {\n    cancelChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelChat($input: CancelChatInput!) {\n    cancelChat(input: $input) {\n      ...ChatDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskInChat($input: AskInChatInput!) {\n    askInChat(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskInChat($input: AskInChatInput!) {\n    askInChat(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PickChatQuestion($id: ID!) {\n    pickChatQuestion(id: $id) {\n      ...ChatQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PickChatQuestion($id: ID!) {\n    pickChatQuestion(id: $id) {\n      ...ChatQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChatQuestion($input: AnswerChatQuestionInput!) {\n    answerChatQuestion(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerChatQuestion($input: AnswerChatQuestionInput!) {\n    answerChatQuestion(input: $input) {\n      ...ChatQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingFigureFields on CoachingFigure {\n    state\n    value\n  }\n"): (typeof documents)["\n  fragment CoachingFigureFields on CoachingFigure {\n    state\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingStatisticsRowFields on CoachingStatisticsRow {\n    unit {\n      id\n      name\n    }\n    engagements {\n      ...CoachingFigureFields\n    }\n    counts {\n      ...CoachingFigureFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingStatisticsRowFields on CoachingStatisticsRow {\n    unit {\n      id\n      name\n    }\n    engagements {\n      ...CoachingFigureFields\n    }\n    counts {\n      ...CoachingFigureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingStatistics($municipalityCode: String!) {\n    coachingStatistics(municipalityCode: $municipalityCode) {\n      id\n      threshold\n      asOf\n      subjects\n      durations\n      bySubject {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n      byDuration {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachingStatistics($municipalityCode: String!) {\n    coachingStatistics(municipalityCode: $municipalityCode) {\n      id\n      threshold\n      asOf\n      subjects\n      durations\n      bySubject {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n      byDuration {\n        total {\n          ...CoachingStatisticsRowFields\n        }\n        units {\n          ...CoachingStatisticsRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingCaseload($municipalityCode: String!) {\n    coachingCaseload(municipalityCode: $municipalityCode) {\n      active\n      closed\n      disposed\n      total\n    }\n  }\n"): (typeof documents)["\n  query CoachingCaseload($municipalityCode: String!) {\n    coachingCaseload(municipalityCode: $municipalityCode) {\n      active\n      closed\n      disposed\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingSettings($municipalityCode: String!) {\n    coachingSettings(municipalityCode: $municipalityCode) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n"): (typeof documents)["\n  query CoachingSettings($municipalityCode: String!) {\n    coachingSettings(municipalityCode: $municipalityCode) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoachingRetention($input: SetCoachingRetentionInput!) {\n    setCoachingRetention(input: $input) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoachingRetention($input: SetCoachingRetentionInput!) {\n    setCoachingRetention(input: $input) {\n      id\n      retentionMonths\n      isDefault\n      canEdit\n      minMonths\n      maxMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingRecords($municipalityCode: String!) {\n    coachingRecords(municipalityCode: $municipalityCode) {\n      id\n      unit {\n        id\n        name\n      }\n      subject\n      startedAt\n      closedAt\n      state\n      disposedAt\n    }\n  }\n"): (typeof documents)["\n  query CoachingRecords($municipalityCode: String!) {\n    coachingRecords(municipalityCode: $municipalityCode) {\n      id\n      unit {\n        id\n        name\n      }\n      subject\n      startedAt\n      closedAt\n      state\n      disposedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCoachingEngagement($id: ID!) {\n    exportCoachingEngagement(id: $id) {\n      engagementId\n      exportedAt\n      exportedByName\n      fileName\n      text\n      json\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCoachingEngagement($id: ID!) {\n    exportCoachingEngagement(id: $id) {\n      engagementId\n      exportedAt\n      exportedByName\n      fileName\n      text\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingRequestFields on CoachingRequest {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    teacherNames\n    teamName\n    subject\n    need\n    requestedByName\n    requestedAt\n    state\n    timeAgreed\n    roomAgreed\n    declineReason\n    engagement {\n      id\n    }\n    version\n    canForward\n    canAccept\n    canDecline\n    canWithdraw\n  }\n"): (typeof documents)["\n  fragment CoachingRequestFields on CoachingRequest {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    teacherNames\n    teamName\n    subject\n    need\n    requestedByName\n    requestedAt\n    state\n    timeAgreed\n    roomAgreed\n    declineReason\n    engagement {\n      id\n    }\n    version\n    canForward\n    canAccept\n    canDecline\n    canWithdraw\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingEngagementFacts on CoachingEngagement {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    subject\n    coachName\n    teacherNames\n    teamName\n    startedAt\n    closedAt\n    state\n    agreement {\n      sharesDates\n      sharesStatus\n      agreedAt\n    }\n    viewerIsParty\n    version\n  }\n"): (typeof documents)["\n  fragment CoachingEngagementFacts on CoachingEngagement {\n    id\n    municipalityCode\n    unit {\n      id\n      name\n    }\n    subject\n    coachName\n    teacherNames\n    teamName\n    startedAt\n    closedAt\n    state\n    agreement {\n      sharesDates\n      sharesStatus\n      agreedAt\n    }\n    viewerIsParty\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingEntryFields on CoachingEntry {\n    id\n    kind\n    date\n    text\n    done\n    authorName\n    createdAt\n    version\n    canEdit\n  }\n"): (typeof documents)["\n  fragment CoachingEntryFields on CoachingEntry {\n    id\n    kind\n    date\n    text\n    done\n    authorName\n    createdAt\n    version\n    canEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingEngagementFields on CoachingEngagement {\n    ...CoachingEngagementFacts\n    content {\n      goal\n      goalSetAt\n      entries {\n        ...CoachingEntryFields\n      }\n      summary\n      viewerIsTeacher\n      canWrite\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingEngagementFields on CoachingEngagement {\n    ...CoachingEngagementFacts\n    content {\n      goal\n      goalSetAt\n      entries {\n        ...CoachingEntryFields\n      }\n      summary\n      viewerIsTeacher\n      canWrite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingBoard($municipalityCode: String!) {\n    coachingBoard(municipalityCode: $municipalityCode) {\n      id\n      canAskPrincipal\n      teacherUnits {\n        id\n        name\n      }\n      principalUnits {\n        id\n        name\n      }\n      unitTeachers {\n        unit {\n          id\n        }\n        teachers {\n          id\n          name\n        }\n      }\n      isCoachService\n      coaches {\n        id\n        name\n        subjects\n      }\n      requests {\n        ...CoachingRequestFields\n      }\n      engagements {\n        ...CoachingEngagementFacts\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachingBoard($municipalityCode: String!) {\n    coachingBoard(municipalityCode: $municipalityCode) {\n      id\n      canAskPrincipal\n      teacherUnits {\n        id\n        name\n      }\n      principalUnits {\n        id\n        name\n      }\n      unitTeachers {\n        unit {\n          id\n        }\n        teachers {\n          id\n          name\n        }\n      }\n      isCoachService\n      coaches {\n        id\n        name\n        subjects\n      }\n      requests {\n        ...CoachingRequestFields\n      }\n      engagements {\n        ...CoachingEngagementFacts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachingEngagement($id: ID!) {\n    coachingEngagement(id: $id) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  query CoachingEngagement($id: ID!) {\n    coachingEngagement(id: $id) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCoaching($input: RequestCoachingInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCoaching($input: RequestCoachingInput!) {\n    requestCoaching(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardCoachingRequest($input: ForwardCoachingRequestInput!) {\n    forwardCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardCoachingRequest($input: ForwardCoachingRequestInput!) {\n    forwardCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCoachingRequest($input: DecideCoachingRequestInput!) {\n    acceptCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCoachingRequest($input: DecideCoachingRequestInput!) {\n    acceptCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCoachingRequest($input: DecideCoachingRequestInput!) {\n    declineCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCoachingRequest($input: DecideCoachingRequestInput!) {\n    declineCoachingRequest(input: $input) {\n      ...CoachingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCoachingRequest($id: ID!, $expectedVersion: Int!) {\n    withdrawCoachingRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...CoachingRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCoachingRequest($id: ID!, $expectedVersion: Int!) {\n    withdrawCoachingRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...CoachingRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoachingAgreement($input: CoachingAgreementInput!) {\n    setCoachingAgreement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoachingAgreement($input: CoachingAgreementInput!) {\n    setCoachingAgreement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoachingGoal($input: CoachingGoalInput!) {\n    setCoachingGoal(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoachingGoal($input: CoachingGoalInput!) {\n    setCoachingGoal(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoachingEntry($input: AddCoachingEntryInput!) {\n    addCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoachingEntry($input: AddCoachingEntryInput!) {\n    addCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoachingEntry($input: UpdateCoachingEntryInput!) {\n    updateCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCoachingEntry($input: UpdateCoachingEntryInput!) {\n    updateCoachingEntry(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCoachingEngagement($input: CloseEngagementInput!) {\n    closeCoachingEngagement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCoachingEngagement($input: CloseEngagementInput!) {\n    closeCoachingEngagement(input: $input) {\n      ...CoachingEngagementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoachProfile($input: CoachProfileInput!) {\n    setCoachProfile(input: $input) {\n      id\n      name\n      subjects\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoachProfile($input: CoachProfileInput!) {\n    setCoachProfile(input: $input) {\n      id\n      name\n      subjects\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeficiencyFields on Deficiency {\n    id\n    title\n    source\n    decisionReference\n    decisionDate\n    area\n    areaOther\n    requirement\n    intervention\n    reportDeadline\n    state\n    reportedAt\n    overdue\n    version\n    canEdit\n    canAddMeasures\n    nextStates\n    fromComplaint\n    createdAt\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    measures {\n      id\n      text\n      owner\n      dueDate\n      done\n      doneAt\n      addedByName\n    }\n    evidence {\n      id\n      text\n      url\n      date\n      byName\n    }\n    history {\n      id\n      state\n      at\n      byName\n      date\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment DeficiencyFields on Deficiency {\n    id\n    title\n    source\n    decisionReference\n    decisionDate\n    area\n    areaOther\n    requirement\n    intervention\n    reportDeadline\n    state\n    reportedAt\n    overdue\n    version\n    canEdit\n    canAddMeasures\n    nextStates\n    fromComplaint\n    createdAt\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    measures {\n      id\n      text\n      owner\n      dueDate\n      done\n      doneAt\n      addedByName\n    }\n    evidence {\n      id\n      text\n      url\n      date\n      byName\n    }\n    history {\n      id\n      state\n      at\n      byName\n      date\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deficiencies($organisationId: ID!, $state: DeficiencyState) {\n    deficiencies(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        source\n        area\n        areaOther\n        state\n        overdue\n        reportDeadline\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deficiencies($organisationId: ID!, $state: DeficiencyState) {\n    deficiencies(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        source\n        area\n        areaOther\n        state\n        overdue\n        reportDeadline\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deficiency($id: ID!) {\n    deficiency(id: $id) {\n      ...DeficiencyFields\n      complaint {\n        id\n        subject\n        receivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deficiency($id: ID!) {\n    deficiency(id: $id) {\n      ...DeficiencyFields\n      complaint {\n        id\n        subject\n        receivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeficiencyUnits($municipalityCode: String!) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeficiencyUnits($municipalityCode: String!) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeficiency($input: CreateDeficiencyInput!) {\n    createDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeficiency($input: CreateDeficiencyInput!) {\n    createDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeficiency($input: UpdateDeficiencyInput!) {\n    updateDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeficiency($input: UpdateDeficiencyInput!) {\n    updateDeficiency(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDeficiencyState($input: ChangeDeficiencyStateInput!) {\n    changeDeficiencyState(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDeficiencyState($input: ChangeDeficiencyStateInput!) {\n    changeDeficiencyState(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDeficiencyMeasure($input: AddDeficiencyMeasureInput!) {\n    addDeficiencyMeasure(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDeficiencyMeasure($input: AddDeficiencyMeasureInput!) {\n    addDeficiencyMeasure(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeficiencyMeasureDone($input: SetDeficiencyMeasureDoneInput!) {\n    setDeficiencyMeasureDone(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeficiencyMeasureDone($input: SetDeficiencyMeasureDoneInput!) {\n    setDeficiencyMeasureDone(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDeficiencyEvidence($input: AddDeficiencyEvidenceInput!) {\n    addDeficiencyEvidence(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDeficiencyEvidence($input: AddDeficiencyEvidenceInput!) {\n    addDeficiencyEvidence(input: $input) {\n      ...DeficiencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintFields on Complaint {\n    id\n    receivedAt\n    channel\n    complainantName\n    complainantContact\n    personalDataVisible\n    subject\n    confirmedAt\n    investigator\n    findings\n    investigatedAt\n    answeredAt\n    answer\n    state\n    version\n    canEdit\n    canCreateDeficiency\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    deficiency {\n      id\n      title\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintFields on Complaint {\n    id\n    receivedAt\n    channel\n    complainantName\n    complainantContact\n    personalDataVisible\n    subject\n    confirmedAt\n    investigator\n    findings\n    investigatedAt\n    answeredAt\n    answer\n    state\n    version\n    canEdit\n    canCreateDeficiency\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    deficiency {\n      id\n      title\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaints($organisationId: ID!, $state: ComplaintState) {\n    complaints(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        receivedAt\n        channel\n        subject\n        state\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Complaints($organisationId: ID!, $state: ComplaintState) {\n    complaints(organisationId: $organisationId, state: $state, first: 100) {\n      totalCount\n      nodes {\n        id\n        receivedAt\n        channel\n        subject\n        state\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCounts($organisationId: ID!) {\n    complaintCounts(organisationId: $organisationId) {\n      state\n      count\n    }\n  }\n"): (typeof documents)["\n  query ComplaintCounts($organisationId: ID!) {\n    complaintCounts(organisationId: $organisationId) {\n      state\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n"): (typeof documents)["\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComplaint($input: CreateComplaintInput!) {\n    createComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      ...ComplaintFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeficiencyFromComplaint($input: DeficiencyFromComplaintInput!) {\n    createDeficiencyFromComplaint(input: $input) {\n      ...DeficiencyFields\n      complaint {\n        id\n        deficiency {\n          id\n          title\n          state\n        }\n        canCreateDeficiency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeficiencyFromComplaint($input: DeficiencyFromComplaintInput!) {\n    createDeficiencyFromComplaint(input: $input) {\n      ...DeficiencyFields\n      complaint {\n        id\n        deficiency {\n          id\n          title\n          state\n        }\n        canCreateDeficiency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n    canLiftAsExample\n    canReport\n    reportedByViewer\n    goodExample {\n      id\n      consent\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n    canLiftAsExample\n    canReport\n    reportedByViewer\n    goodExample {\n      id\n      consent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoodExampleFields on GoodExample {\n    id\n    context\n    text\n    authorName\n    note\n    liftedByName\n    liftedAt\n    consent\n    consentAt\n    named\n    version\n    canAnswer\n  }\n"): (typeof documents)["\n  fragment GoodExampleFields on GoodExample {\n    id\n    context\n    text\n    authorName\n    note\n    liftedByName\n    liftedAt\n    consent\n    consentAt\n    named\n    version\n    canAnswer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoodExamples($municipalityCode: String!) {\n    municipality: organisation(code: $municipalityCode) {\n      id\n      name\n    }\n    goodExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n"): (typeof documents)["\n  query GoodExamples($municipalityCode: String!) {\n    municipality: organisation(code: $municipalityCode) {\n      id\n      name\n    }\n    goodExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiftedExamples($municipalityCode: String!) {\n    liftedExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n"): (typeof documents)["\n  query LiftedExamples($municipalityCode: String!) {\n    liftedExamples(municipalityCode: $municipalityCode) {\n      ...GoodExampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExampleRequests {\n    myExampleRequests {\n      ...GoodExampleFields\n    }\n  }\n"): (typeof documents)["\n  query MyExampleRequests {\n    myExampleRequests {\n      ...GoodExampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftAsExample($input: LiftExampleInput!) {\n    liftAsExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n"): (typeof documents)["\n  mutation LiftAsExample($input: LiftExampleInput!) {\n    liftAsExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerExample($input: AnswerExampleInput!) {\n    answerExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerExample($input: AnswerExampleInput!) {\n    answerExample(input: $input) {\n      ...GoodExampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    id\n    kind\n    targetValue\n    targetRank\n    targetYear\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n      source\n    }\n    scope {\n      id\n      code\n      name\n    }\n    progress {\n      status\n      reason {\n        sv\n        en\n      }\n      latestValue\n      latestYear\n      changePerYear\n      trend {\n        year\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TargetFields on Target {\n    id\n    kind\n    targetValue\n    targetRank\n    targetYear\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n      source\n    }\n    scope {\n      id\n      code\n      name\n    }\n    progress {\n      status\n      reason {\n        sv\n        en\n      }\n      latestValue\n      latestYear\n      changePerYear\n      trend {\n        year\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsList($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        owner {\n          name\n        }\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalsList($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        owner {\n          name\n        }\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalHeadFields\n      owner {\n        id\n        name\n        code\n      }\n      plan {\n        id\n        title\n      }\n      targets {\n        ...TargetFields\n      }\n      actionItems {\n        id\n        text\n        status\n        progress\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalHeadFields\n      owner {\n        id\n        name\n        code\n      }\n      plan {\n        id\n        title\n      }\n      targets {\n        ...TargetFields\n      }\n      actionItems {\n        id\n        text\n        status\n        progress\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($indicatorId: ID!, $organisationIds: [String!]!, $fromYear: Int) {\n    indicatorSeries(indicatorId: $indicatorId, organisationIds: $organisationIds, fromYear: $fromYear) {\n      series {\n        organisationCode\n        measurements {\n          year\n          value\n          missingReason\n          rawMark\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSeries($indicatorId: ID!, $organisationIds: [String!]!, $fromYear: Int) {\n    indicatorSeries(indicatorId: $indicatorId, organisationIds: $organisationIds, fromYear: $fromYear) {\n      series {\n        organisationCode\n        measurements {\n          year\n          value\n          missingReason\n          rawMark\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalIndicators {\n    indicators {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n    }\n  }\n"): (typeof documents)["\n  query GoalIndicators {\n    indicators {\n      id\n      key\n      name {\n        sv\n        en\n      }\n      unit\n      direction\n      decimals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalItemChoices($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode, first: 500) {\n      id\n      text\n      status\n      progress\n      plan {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalItemChoices($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode, first: 500) {\n      id\n      text\n      status\n      progress\n      plan {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalChoices($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalChoices($organisationId: ID!) {\n    goals(organisationId: $organisationId, first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalHeadFields on Goal {\n    id\n    title\n    description\n    status\n    version\n    canEdit\n    period {\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  fragment GoalHeadFields on Goal {\n    id\n    title\n    description\n    status\n    version\n    canEdit\n    period {\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalHeadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTarget($goalId: ID!, $targetId: ID!) {\n    removeTarget(goalId: $goalId, targetId: $targetId) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTarget($goalId: ID!, $targetId: ID!) {\n    removeTarget(goalId: $goalId, targetId: $targetId) {\n      id\n      version\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkGoalToItem($input: GoalItemLinkInput!) {\n    linkGoalToItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkGoalToItem($input: GoalItemLinkInput!) {\n    linkGoalToItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkGoalFromItem($input: GoalItemLinkInput!) {\n    unlinkGoalFromItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkGoalFromItem($input: GoalItemLinkInput!) {\n    unlinkGoalFromItem(input: $input) {\n      id\n      goals {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n"): (typeof documents)["\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n    overdueCycleSteps(municipalityCode: $municipalityCode) {\n      id\n      title\n      dueDate\n      perUnit\n      doneCount\n      unitCount\n      cycle {\n        id\n        year\n        schoolYear\n        schoolForm\n      }\n    }\n    qualityReportsToAttend(municipalityCode: $municipalityCode) {\n      id\n      schoolYear\n      status\n      updatedAt\n      organisation {\n        id\n        name\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n"): (typeof documents)["\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n    overdueCycleSteps(municipalityCode: $municipalityCode) {\n      id\n      title\n      dueDate\n      perUnit\n      doneCount\n      unitCount\n      cycle {\n        id\n        year\n        schoolYear\n        schoolForm\n      }\n    }\n    qualityReportsToAttend(municipalityCode: $municipalityCode) {\n      id\n      schoolYear\n      status\n      updatedAt\n      organisation {\n        id\n        name\n      }\n    }\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      membership {\n        id\n        active\n      }\n      polls {\n        id\n        title\n        state\n        closesOn\n        canAnswer\n        viewerHasAnswered\n      }\n    }\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n    myExampleRequests {\n      id\n      consent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    municipalityCode\n    kind\n    title\n    description\n    date\n    place\n    cap\n    signedUpCount\n    seatsLeft\n    viewerSignedUp\n    viewerWaitingPosition\n    waitingCount\n    started\n    cancelledAt\n    cancelReason\n    canSignUp\n    canOrganise\n    version\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    municipalityCode\n    kind\n    title\n    description\n    date\n    place\n    cap\n    signedUpCount\n    seatsLeft\n    viewerSignedUp\n    viewerWaitingPosition\n    waitingCount\n    started\n    cancelledAt\n    cancelReason\n    canSignUp\n    canOrganise\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuccessFactorFields on SuccessFactor {\n    id\n    text\n    theme\n    authorName\n    editedAt\n    version\n    withdrawn\n    history {\n      text\n      editedAt\n      editorName\n    }\n    canEdit\n    canSetTheme\n    canLiftAsExample\n    goodExample {\n      id\n      consent\n    }\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SuccessFactorFields on SuccessFactor {\n    id\n    text\n    theme\n    authorName\n    editedAt\n    version\n    withdrawn\n    history {\n      text\n      editedAt\n      editorName\n    }\n    canEdit\n    canSetTheme\n    canLiftAsExample\n    goodExample {\n      id\n      consent\n    }\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingGroupFields on MeetingGroup {\n    id\n    kind\n    name\n    memberCount\n    viewerIsMember\n    canJoin\n    canWriteFactors\n    factorLimit\n    factors {\n      ...SuccessFactorFields\n    }\n    withdrawnFactors {\n      ...SuccessFactorFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingGroupFields on MeetingGroup {\n    id\n    kind\n    name\n    memberCount\n    viewerIsMember\n    canJoin\n    canWriteFactors\n    factorLimit\n    factors {\n      ...SuccessFactorFields\n    }\n    withdrawnFactors {\n      ...SuccessFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingBoard($municipalityCode: String!) {\n    meetingBoard(municipalityCode: $municipalityCode) {\n      id\n      canOrganise\n      meetings {\n        ...MeetingFields\n      }\n      focusGroupTerms {\n        label\n        held\n        planned\n        commitment\n        kept\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingBoard($municipalityCode: String!) {\n    meetingBoard(municipalityCode: $municipalityCode) {\n      id\n      canOrganise\n      meetings {\n        ...MeetingFields\n      }\n      focusGroupTerms {\n        label\n        held\n        planned\n        commitment\n        kept\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n      groups {\n        ...MeetingGroupFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n      groups {\n        ...MeetingGroupFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSynthesis($id: ID!) {\n    meetingSynthesis(id: $id) {\n      id\n      meeting {\n        id\n        title\n        date\n        place\n      }\n      themes {\n        theme\n        factors {\n          ...SuccessFactorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSynthesis($id: ID!) {\n    meetingSynthesis(id: $id) {\n      id\n      meeting {\n        id\n        title\n        date\n        place\n      }\n      themes {\n        theme\n        factors {\n          ...SuccessFactorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForMeeting($id: ID!) {\n    signUpForMeeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpForMeeting($id: ID!) {\n    signUpForMeeting(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeetingSignUp($id: ID!) {\n    cancelMeetingSignUp(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeetingSignUp($id: ID!) {\n    cancelMeetingSignUp(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinMeetingWaitingList($id: ID!) {\n    joinMeetingWaitingList(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinMeetingWaitingList($id: ID!) {\n    joinMeetingWaitingList(id: $id) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMeeting($input: EditMeetingInput!) {\n    editMeeting(input: $input) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditMeeting($input: EditMeetingInput!) {\n    editMeeting(input: $input) {\n      ...MeetingFields\n      signups {\n        id\n        name\n      }\n      waitingList {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveMeetingGroup($id: ID!) {\n    leaveMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveMeetingGroup($id: ID!) {\n    leaveMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingGroup($input: AddMeetingGroupInput!) {\n    addMeetingGroup(input: $input) {\n      ...MeetingGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingGroup($input: AddMeetingGroupInput!) {\n    addMeetingGroup(input: $input) {\n      ...MeetingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinMeetingGroup($id: ID!) {\n    joinMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinMeetingGroup($id: ID!) {\n    joinMeetingGroup(id: $id) {\n      ...MeetingGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSuccessFactor($input: AddSuccessFactorInput!) {\n    addSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddSuccessFactor($input: AddSuccessFactorInput!) {\n    addSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditSuccessFactor($input: EditSuccessFactorInput!) {\n    editSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditSuccessFactor($input: EditSuccessFactorInput!) {\n    editSuccessFactor(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSuccessFactor($id: ID!, $expectedVersion: Int!) {\n    withdrawSuccessFactor(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      group {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSuccessFactor($id: ID!, $expectedVersion: Int!) {\n    withdrawSuccessFactor(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      group {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSuccessFactorTheme($input: SuccessFactorThemeInput!) {\n    setSuccessFactorTheme(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSuccessFactorTheme($input: SuccessFactorThemeInput!) {\n    setSuccessFactorTheme(input: $input) {\n      ...SuccessFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($municipalityCode: String!) {\n    moderationQueue(municipalityCode: $municipalityCode) {\n      source\n      sourceId\n      reportCount\n      notes\n      firstReportedAt\n      hiddenByReports\n      reasons {\n        reason\n        count\n      }\n      content {\n        id\n        authorName\n        text\n        hidden\n        hiddenReason\n        writtenAt\n        ... on Question {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($municipalityCode: String!) {\n    moderationQueue(municipalityCode: $municipalityCode) {\n      source\n      sourceId\n      reportCount\n      notes\n      firstReportedAt\n      hiddenByReports\n      reasons {\n        reason\n        count\n      }\n      content {\n        id\n        authorName\n        text\n        hidden\n        hiddenReason\n        writtenAt\n        ... on Question {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSettings($municipalityCode: String!) {\n    moderationSettings(municipalityCode: $municipalityCode) {\n      id\n      autoHideAfter\n      autoHideMin\n      autoHideMax\n    }\n  }\n"): (typeof documents)["\n  query ModerationSettings($municipalityCode: String!) {\n    moderationSettings(municipalityCode: $municipalityCode) {\n      id\n      autoHideAfter\n      autoHideMin\n      autoHideMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModerationSettings($input: ModerationSettingsInput!) {\n    setModerationSettings(input: $input) {\n      id\n      autoHideAfter\n    }\n  }\n"): (typeof documents)["\n  mutation SetModerationSettings($input: ModerationSettingsInput!) {\n    setModerationSettings(input: $input) {\n      id\n      autoHideAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReports($input: ReviewReportsInput!) {\n    reviewReports(input: $input) {\n      id\n      text\n      hidden\n      hiddenReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReports($input: ReviewReportsInput!) {\n    reviewReports(input: $input) {\n      id\n      text\n      hidden\n      hiddenReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n        question {\n          id\n          title\n          answer {\n            answererName\n          }\n        }\n        meeting {\n          id\n          title\n        }\n        chat {\n          id\n          title\n          cancelReason\n        }\n        chatStartsAt\n        chatEndsAt\n        coachingEngagementId\n        coachingExportedByName\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n        question {\n          id\n          title\n          answer {\n            answererName\n          }\n        }\n        meeting {\n          id\n          title\n        }\n        chat {\n          id\n          title\n          cancelReason\n        }\n        chatStartsAt\n        chatEndsAt\n        coachingEngagementId\n        coachingExportedByName\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollFigureFields on PollFigure {\n    state\n    value\n  }\n"): (typeof documents)["\n  fragment PollFigureFields on PollFigure {\n    state\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollRowFields on PollResultRow {\n    key\n    label\n    answers {\n      ...PollFigureFields\n    }\n    counts {\n      ...PollFigureFields\n    }\n  }\n"): (typeof documents)["\n  fragment PollRowFields on PollResultRow {\n    key\n    label\n    answers {\n      ...PollFigureFields\n    }\n    counts {\n      ...PollFigureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollFields on Poll {\n    id\n    title\n    intro\n    state\n    version\n    closesOn\n    breakdowns\n    canAnswer\n    viewerHasAnswered\n    canEdit\n    questions {\n      id\n      kind\n      text\n      options\n    }\n    audience {\n      schoolForms\n      subjects\n      units {\n        id\n        name\n      }\n    }\n    responses {\n      answeredAtLeast\n      audienceSize\n      step\n    }\n  }\n"): (typeof documents)["\n  fragment PollFields on Poll {\n    id\n    title\n    intro\n    state\n    version\n    closesOn\n    breakdowns\n    canAnswer\n    viewerHasAnswered\n    canEdit\n    questions {\n      id\n      kind\n      text\n      options\n    }\n    audience {\n      schoolForms\n      subjects\n      units {\n        id\n        name\n      }\n    }\n    responses {\n      answeredAtLeast\n      audienceSize\n      step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherPanel($municipalityCode: String!) {\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      canManage\n      size\n      threshold\n      municipality {\n        id\n        name\n      }\n      membership {\n        id\n        active\n        schoolForm\n        subject\n        unit {\n          id\n          name\n        }\n      }\n      polls {\n        ...PollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeacherPanel($municipalityCode: String!) {\n    teacherPanel(municipalityCode: $municipalityCode) {\n      canJoin\n      canManage\n      size\n      threshold\n      municipality {\n        id\n        name\n      }\n      membership {\n        id\n        active\n        schoolForm\n        subject\n        unit {\n          id\n          name\n        }\n      }\n      polls {\n        ...PollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n    pollResults(id: $id) {\n      threshold\n      answers {\n        ...PollFigureFields\n      }\n      questions {\n        options\n        textState\n        texts\n        question {\n          id\n          kind\n          text\n        }\n        total {\n          ...PollRowFields\n        }\n        breakdowns {\n          dimension\n          rows {\n            ...PollRowFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n    pollResults(id: $id) {\n      threshold\n      answers {\n        ...PollFigureFields\n      }\n      questions {\n        options\n        textState\n        texts\n        question {\n          id\n          kind\n          text\n        }\n        total {\n          ...PollRowFields\n        }\n        breakdowns {\n          dimension\n          rows {\n            ...PollRowFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinPanel($input: JoinPanelInput!) {\n    joinPanel(input: $input) {\n      id\n      active\n      schoolForm\n      subject\n    }\n  }\n"): (typeof documents)["\n  mutation JoinPanel($input: JoinPanelInput!) {\n    joinPanel(input: $input) {\n      id\n      active\n      schoolForm\n      subject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePanel($municipalityCode: String!) {\n    leavePanel(municipalityCode: $municipalityCode) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation LeavePanel($municipalityCode: String!) {\n    leavePanel(municipalityCode: $municipalityCode) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePoll($input: UpdatePollInput!) {\n    updatePoll(input: $input) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePoll($input: UpdatePollInput!) {\n    updatePoll(input: $input) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPoll($id: ID!, $expectedVersion: Int!) {\n    openPoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPoll($id: ID!, $expectedVersion: Int!) {\n    openPoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePoll($id: ID!, $expectedVersion: Int!) {\n    closePoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePoll($id: ID!, $expectedVersion: Int!) {\n    closePoll(id: $id, expectedVersion: $expectedVersion) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPollAnswer($input: SubmitPollAnswerInput!) {\n    submitPollAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubmitPollAnswer($input: SubmitPollAnswerInput!) {\n    submitPollAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPanelThreshold($input: SetPanelThresholdInput!) {\n    setPanelThreshold(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPanelThreshold($input: SetPanelThresholdInput!) {\n    setPanelThreshold(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      qualityMeasures {\n        report {\n          id\n          schoolYear\n          organisation {\n            id\n            name\n          }\n        }\n        measure {\n          id\n          text\n        }\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      qualityMeasures {\n        report {\n          id\n          schoolYear\n          organisation {\n            id\n            name\n          }\n        }\n        measure {\n          id\n          text\n        }\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStatusUpdate($input: RecordStatusUpdateInput!) {\n    recordStatusUpdate(input: $input) {\n      ...ItemFields\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStatusUpdate($input: RecordStatusUpdateInput!) {\n    recordStatusUpdate(input: $input) {\n      ...ItemFields\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActionPlan($input: VersionedInput!) {\n    publishActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActionPlan($input: VersionedInput!) {\n    publishActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActionPlan($input: VersionedInput!) {\n    closeActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseActionPlan($input: VersionedInput!) {\n    closeActionPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaFields on Area {\n    id\n    title\n    description\n    position\n    archived\n    version\n  }\n"): (typeof documents)["\n  fragment AreaFields on Area {\n    id\n    title\n    description\n    position\n    archived\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n      items(first: 100) {\n        nodes {\n          id\n        }\n      }\n      plan {\n        id\n        areas {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n      items(first: 100) {\n        nodes {\n          id\n        }\n      }\n      plan {\n        id\n        areas {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      purpose\n      startingPoints\n      status\n      version\n      ownerTitle\n      responsibleTitle\n      responsible {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n      period {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      purpose\n      startingPoints\n      status\n      version\n      ownerTitle\n      responsibleTitle\n      responsible {\n        id\n        name\n      }\n      schools {\n        id\n        name\n      }\n      period {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveArea($input: ArchiveAreaInput!) {\n    archiveArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveArea($input: ArchiveAreaInput!) {\n    archiveArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveArea($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      id\n      areas {\n        id\n        position\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveArea($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      id\n      areas {\n        id\n        position\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveActionItem($input: MoveActionItemInput!) {\n    moveActionItem(input: $input) {\n      id\n      areas {\n        id\n        items(first: 100) {\n          nodes {\n            id\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveActionItem($input: MoveActionItemInput!) {\n    moveActionItem(input: $input) {\n      id\n      areas {\n        id\n        items(first: 100) {\n          nodes {\n            id\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ItemFields\n      area {\n        id\n        items(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ItemFields\n      area {\n        id\n        items(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActionItem($input: VersionedInput!) {\n    cancelActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActionItem($input: VersionedInput!) {\n    cancelActionItem(input: $input) {\n      ...ItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignablePeople($organisationId: ID!) {\n    assignablePeople(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AssignablePeople($organisationId: ID!) {\n    assignablePeople(organisationId: $organisationId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolUnits($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 50) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolUnits($municipalityCode: String!, $search: String) {\n    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 50) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualityReportSummary on QualityReport {\n    id\n    kind\n    year\n    schoolYear\n    status\n    updatedAt\n    organisation {\n      id\n      name\n      code\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment QualityReportSummary on QualityReport {\n    id\n    kind\n    year\n    schoolYear\n    status\n    updatedAt\n    organisation {\n      id\n      name\n      code\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualityMeasureFields on QualityMeasure {\n    id\n    text\n    ownerName\n    dueDate\n    causeId\n    expectedEffect\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n    }\n    actionItem {\n      id\n      text\n      status\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment QualityMeasureFields on QualityMeasure {\n    id\n    text\n    ownerName\n    dueDate\n    causeId\n    expectedEffect\n    indicator {\n      id\n      key\n      name {\n        sv\n        en\n      }\n    }\n    actionItem {\n      id\n      text\n      status\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualityReportFields on QualityReport {\n    ...QualityReportSummary\n    version\n    headings\n    canWrite\n    canSubmit\n    canReview\n    canComment\n    canInvite\n    canLinkItems\n    texts {\n      section\n      text\n      guidance\n      version\n      updatedAt\n      updatedByName\n    }\n    results {\n      indicator {\n        id\n        key\n        unit\n        decimals\n        name {\n          sv\n          en\n        }\n      }\n      figures {\n        year\n        value\n        missingReason\n        rawMark\n        source\n      }\n    }\n    developmentAreas {\n      version\n      updatedAt\n      updatedByName\n      areas {\n        id\n        title\n        theme\n        description\n        causes {\n          id\n          text\n          evidenceKind\n          evidence\n        }\n      }\n    }\n    measures {\n      version\n      updatedAt\n      updatedByName\n      measures {\n        ...QualityMeasureFields\n      }\n    }\n    participation {\n      version\n      updatedAt\n      updatedByName\n      teachers\n      teachersHow\n      staff\n      staffHow\n      pupils\n      pupilsHow\n      guardiansOffered\n      guardiansDate\n      guardiansHow\n    }\n    followUps {\n      version\n      updatedAt\n      updatedByName\n      followUps {\n        id\n        fromYear\n        fromReportId\n        measureId\n        text\n        ownerName\n        expectedEffect\n        carriedOut\n        carriedOutEvidence\n        effect\n        effectEvidence\n        actionItem {\n          id\n          text\n          status\n        }\n      }\n    }\n    comments {\n      id\n      authorName\n      at\n      text\n      status\n    }\n    history {\n      status\n      at\n      byName\n    }\n    contributors {\n      right\n      person {\n        id\n        name\n      }\n    }\n    submitProblems {\n      field\n      message {\n        sv\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QualityReportFields on QualityReport {\n    ...QualityReportSummary\n    version\n    headings\n    canWrite\n    canSubmit\n    canReview\n    canComment\n    canInvite\n    canLinkItems\n    texts {\n      section\n      text\n      guidance\n      version\n      updatedAt\n      updatedByName\n    }\n    results {\n      indicator {\n        id\n        key\n        unit\n        decimals\n        name {\n          sv\n          en\n        }\n      }\n      figures {\n        year\n        value\n        missingReason\n        rawMark\n        source\n      }\n    }\n    developmentAreas {\n      version\n      updatedAt\n      updatedByName\n      areas {\n        id\n        title\n        theme\n        description\n        causes {\n          id\n          text\n          evidenceKind\n          evidence\n        }\n      }\n    }\n    measures {\n      version\n      updatedAt\n      updatedByName\n      measures {\n        ...QualityMeasureFields\n      }\n    }\n    participation {\n      version\n      updatedAt\n      updatedByName\n      teachers\n      teachersHow\n      staff\n      staffHow\n      pupils\n      pupilsHow\n      guardiansOffered\n      guardiansDate\n      guardiansHow\n    }\n    followUps {\n      version\n      updatedAt\n      updatedByName\n      followUps {\n        id\n        fromYear\n        fromReportId\n        measureId\n        text\n        ownerName\n        expectedEffect\n        carriedOut\n        carriedOutEvidence\n        effect\n        effectEvidence\n        actionItem {\n          id\n          text\n          status\n        }\n      }\n    }\n    comments {\n      id\n      authorName\n      at\n      text\n      status\n    }\n    history {\n      status\n      at\n      byName\n    }\n    contributors {\n      right\n      person {\n        id\n        name\n      }\n    }\n    submitProblems {\n      field\n      message {\n        sv\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReports($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportSummary\n    }\n  }\n"): (typeof documents)["\n  query QualityReports($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityReport($id: ID!) {\n    qualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  query QualityReport($id: ID!) {\n    qualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityOrganiserOverview($id: ID!) {\n    qualityReport(id: $id) {\n      id\n      unitReports {\n        ...QualityReportSummary\n      }\n      unitsNotSubmitted {\n        id\n        name\n      }\n      themes {\n        theme\n        areas {\n          organisation {\n            id\n            name\n          }\n          area {\n            id\n            title\n          }\n          measures {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityOrganiserOverview($id: ID!) {\n    qualityReport(id: $id) {\n      id\n      unitReports {\n        ...QualityReportSummary\n      }\n      unitsNotSubmitted {\n        id\n        name\n      }\n      themes {\n        theme\n        areas {\n          organisation {\n            id\n            name\n          }\n          area {\n            id\n            title\n          }\n          measures {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityThread($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  query QualityThread($organisationId: ID!) {\n    qualityReports(organisationId: $organisationId) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePlanChoices($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        areas {\n          id\n          title\n          archived\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurePlanChoices($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      nodes {\n        id\n        title\n        status\n        areas {\n          id\n          title\n          archived\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQualityReport($input: CreateQualityReportInput!) {\n    createQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQualityReport($input: CreateQualityReportInput!) {\n    createQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQualityText($input: SaveQualityTextInput!) {\n    saveQualityText(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQualityText($input: SaveQualityTextInput!) {\n    saveQualityText(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDevelopmentAreas($input: SaveDevelopmentAreasInput!) {\n    saveDevelopmentAreas(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDevelopmentAreas($input: SaveDevelopmentAreasInput!) {\n    saveDevelopmentAreas(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQualityMeasures($input: SaveQualityMeasuresInput!) {\n    saveQualityMeasures(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQualityMeasures($input: SaveQualityMeasuresInput!) {\n    saveQualityMeasures(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveParticipation($input: SaveParticipationInput!) {\n    saveParticipation(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveParticipation($input: SaveParticipationInput!) {\n    saveParticipation(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFollowUps($input: SaveFollowUpsInput!) {\n    saveFollowUps(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFollowUps($input: SaveFollowUpsInput!) {\n    saveFollowUps(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQualityReport($id: ID!) {\n    submitQualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQualityReport($id: ID!) {\n    submitQualityReport(id: $id) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnQualityReport($input: QualityCommentInput!) {\n    returnQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnQualityReport($input: QualityCommentInput!) {\n    returnQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveQualityReport($input: ApproveQualityReportInput!) {\n    approveQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveQualityReport($input: ApproveQualityReportInput!) {\n    approveQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentQualityReport($input: QualityCommentInput!) {\n    commentQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentQualityReport($input: QualityCommentInput!) {\n    commentQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItemFromMeasure($input: ItemFromMeasureInput!) {\n    createItemFromMeasure(input: $input) {\n      item {\n        id\n        text\n      }\n      report {\n        id\n        measures {\n          version\n          measures {\n            id\n            actionItem {\n              id\n              text\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateItemFromMeasure($input: ItemFromMeasureInput!) {\n    createItemFromMeasure(input: $input) {\n      item {\n        id\n        text\n      }\n      report {\n        id\n        measures {\n          version\n          measures {\n            id\n            actionItem {\n              id\n              text\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityInvitees($reportId: ID!, $search: String) {\n    qualityInvitees(reportId: $reportId, search: $search) {\n      id\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  query QualityInvitees($reportId: ID!, $search: String) {\n    qualityInvitees(reportId: $reportId, search: $search) {\n      id\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToQualityReport($input: QualityInviteInput!) {\n    inviteToQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToQualityReport($input: QualityInviteInput!) {\n    inviteToQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UninviteFromQualityReport($input: QualityInviteInput!) {\n    uninviteFromQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UninviteFromQualityReport($input: QualityInviteInput!) {\n    uninviteFromQualityReport(input: $input) {\n      ...QualityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityTemplate($organisationId: ID!) {\n    qualityTemplate(organisationId: $organisationId) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityTemplate($organisationId: ID!) {\n    qualityTemplate(organisationId: $organisationId) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQualityTemplate($input: SaveQualityTemplateInput!) {\n    saveQualityTemplate(input: $input) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQualityTemplate($input: SaveQualityTemplateInput!) {\n    saveQualityTemplate(input: $input) {\n      headings\n      version\n      guidance {\n        section\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionFields on Question {\n    id\n    municipalityCode\n    addressee\n    title\n    text\n    askerName\n    askedAt\n    editedAt\n    state\n    version\n    supportCount\n    viewerSupports\n    viewerIsAsker\n    canSupport\n    canEdit\n    canAnswer\n    hidden\n    hiddenReason\n    canReport\n    reportedByViewer\n    answer {\n      text\n      answererName\n      answeredAt\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionFields on Question {\n    id\n    municipalityCode\n    addressee\n    title\n    text\n    askerName\n    askedAt\n    editedAt\n    state\n    version\n    supportCount\n    viewerSupports\n    viewerIsAsker\n    canSupport\n    canEdit\n    canAnswer\n    hidden\n    hiddenReason\n    canReport\n    reportedByViewer\n    answer {\n      text\n      answererName\n      answeredAt\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBoard($municipalityCode: String!) {\n    questionBoard(municipalityCode: $municipalityCode) {\n      id\n      canRaise\n      answersFor\n      questions {\n        ...QuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionBoard($municipalityCode: String!) {\n    questionBoard(municipalityCode: $municipalityCode) {\n      id\n      canRaise\n      answersFor\n      questions {\n        ...QuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n      canLiftAnswerAsExample\n      answerExample {\n        id\n        consent\n      }\n    }\n  }\n"): (typeof documents)["\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n      canLiftAnswerAsExample\n      answerExample {\n        id\n        consent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliticianQuestions {\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n  }\n"): (typeof documents)["\n  query PoliticianQuestions {\n    questionsToAnswer {\n      id\n      title\n      addressee\n      state\n      askedAt\n      supportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseQuestion($input: RaiseQuestionInput!) {\n    raiseQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseQuestion($input: RaiseQuestionInput!) {\n    raiseQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareQuestionAnswer($id: ID!, $expectedVersion: Int!) {\n    prepareQuestionAnswer(id: $id, expectedVersion: $expectedVersion) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrepareQuestionAnswer($id: ID!, $expectedVersion: Int!) {\n    prepareQuestionAnswer(id: $id, expectedVersion: $expectedVersion) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportQuestion($id: ID!) {\n    supportQuestion(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): (typeof documents)["\n  mutation SupportQuestion($id: ID!) {\n    supportQuestion(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawQuestionSupport($id: ID!) {\n    withdrawQuestionSupport(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawQuestionSupport($id: ID!) {\n    withdrawQuestionSupport(id: $id) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReportGoals($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      goals {\n        id\n        title\n        targets {\n          id\n          kind\n          targetValue\n          targetRank\n          targetYear\n          indicator {\n            id\n            name {\n              sv\n              en\n            }\n            unit\n            decimals\n          }\n          scope {\n            id\n            name\n          }\n          progress {\n            status\n            latestValue\n            latestYear\n            reason {\n              sv\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanReportGoals($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      goals {\n        id\n        title\n        targets {\n          id\n          kind\n          targetValue\n          targetRank\n          targetYear\n          indicator {\n            id\n            name {\n              sv\n              en\n            }\n            unit\n            decimals\n          }\n          scope {\n            id\n            name\n          }\n          progress {\n            status\n            latestValue\n            latestYear\n            reason {\n              sv\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityNames {\n    municipalityNames {\n      municipalityCode\n      name\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityNames {\n    municipalityNames {\n      municipalityCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarMunicipalities($code: String!, $year: Int!) {\n    similarMunicipalities(code: $code, year: $year, first: 5) {\n      municipalityCode\n      name\n      distance\n    }\n  }\n"): (typeof documents)["\n  query SimilarMunicipalities($code: String!, $year: Int!) {\n    similarMunicipalities(code: $code, year: $year, first: 5) {\n      municipalityCode\n      name\n      distance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedPeers {\n    me {\n      id\n      resultPeers\n    }\n  }\n"): (typeof documents)["\n  query SavedPeers {\n    me {\n      id\n      resultPeers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResultPeers($codes: [String!]!) {\n    setResultPeers(codes: $codes) {\n      id\n      resultPeers\n    }\n  }\n"): (typeof documents)["\n  mutation SetResultPeers($codes: [String!]!) {\n    setResultPeers(codes: $codes) {\n      id\n      resultPeers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactorFields on FactorResult {\n    measure\n    indicatorKey\n    actual {\n      value\n      missingReason\n      mark\n    }\n    approximate\n    modelValue\n    deviation\n    deviationArrow\n    change\n    changeArrow\n    rank\n    rankMissing\n    band\n    deviationRank\n    deviationBand\n  }\n"): (typeof documents)["\n  fragment FactorFields on FactorResult {\n    measure\n    indicatorKey\n    actual {\n      value\n      missingReason\n      mark\n    }\n    approximate\n    modelValue\n    deviation\n    deviationArrow\n    change\n    changeArrow\n    rank\n    rankMissing\n    band\n    deviationRank\n    deviationBand\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultYears {\n    resultYears\n    resultPerspectives\n  }\n"): (typeof documents)["\n  query ResultYears {\n    resultYears\n    resultPerspectives\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MunicipalityResultsFields on MunicipalityResults {\n    municipalityCode\n    name\n    countyName\n    source\n    attribution {\n      sv\n      en\n    }\n    years {\n      year\n      rank\n      total\n      band\n      score\n      incomplete\n      approximate\n      pupils\n      factors {\n        ...FactorFields\n      }\n      distanceToTop25 {\n        targetRank\n        targetScore\n        scoreGap\n        within\n        factors {\n          measure\n          deviation\n          rank\n          neededRank\n          neededValue\n          change\n        }\n      }\n      fits {\n        measure\n        r2\n        n\n      }\n      nationalMedians {\n        factor\n        median\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MunicipalityResultsFields on MunicipalityResults {\n    municipalityCode\n    name\n    countyName\n    source\n    attribution {\n      sv\n      en\n    }\n    years {\n      year\n      rank\n      total\n      band\n      score\n      incomplete\n      approximate\n      pupils\n      factors {\n        ...FactorFields\n      }\n      distanceToTop25 {\n        targetRank\n        targetScore\n        scoreGap\n        within\n        factors {\n          measure\n          deviation\n          rank\n          neededRank\n          neededValue\n          change\n        }\n      }\n      fits {\n        measure\n        r2\n        n\n      }\n      nationalMedians {\n        factor\n        median\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerComparisonFields on PeerComparison {\n    year\n    source\n    municipality {\n      municipalityCode\n      name\n      rank\n      factors {\n        ...FactorFields\n      }\n    }\n    national {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    county {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    peers {\n      municipalityCode\n      name\n      rank\n      unreliable\n      factors {\n        ...FactorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PeerComparisonFields on PeerComparison {\n    year\n    source\n    municipality {\n      municipalityCode\n      name\n      rank\n      factors {\n        ...FactorFields\n      }\n    }\n    national {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    county {\n      label\n      name {\n        sv\n        en\n      }\n      medians {\n        factor\n        median\n      }\n    }\n    peers {\n      municipalityCode\n      name\n      rank\n      unreliable\n      factors {\n        ...FactorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!, $organiserType: OrganiserType!) {\n    peerComparison(code: $code, year: $year, peers: $peers, organiserType: $organiserType) {\n      ...PeerComparisonFields\n    }\n  }\n"): (typeof documents)["\n  query PeerComparison($code: String!, $year: Int!, $peers: [String!]!, $organiserType: OrganiserType!) {\n    peerComparison(code: $code, year: $year, peers: $peers, organiserType: $organiserType) {\n      ...PeerComparisonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolUnitResultsFields on SchoolUnitResults {\n    year\n    source\n    units {\n      schoolUnitCode\n      name\n      organiserType\n      pupils\n      unreliable\n      allSubjects {\n        value\n        missingReason\n        mark\n      }\n      meritValue {\n        value\n        missingReason\n        mark\n      }\n      vocationalEligible {\n        value\n        missingReason\n        mark\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolUnitResultsFields on SchoolUnitResults {\n    year\n    source\n    units {\n      schoolUnitCode\n      name\n      organiserType\n      pupils\n      unreliable\n      allSubjects {\n        value\n        missingReason\n        mark\n      }\n      meritValue {\n        value\n        missingReason\n        mark\n      }\n      vocationalEligible {\n        value\n        missingReason\n        mark\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NationalSeriesFields on IndicatorSeries {\n    series {\n      organisationCode\n      measurements {\n        year\n        value\n        missingReason\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NationalSeriesFields on IndicatorSeries {\n    series {\n      organisationCode\n      measurements {\n        year\n        value\n        missingReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityPage($code: String!, $organiserType: OrganiserType!) {\n    resultPerspectives\n    municipalityResults(code: $code, organiserType: $organiserType) {\n      ...MunicipalityResultsFields\n    }\n    schoolUnitResults(municipalityCode: $code) {\n      ...SchoolUnitResultsFields\n    }\n    allSubjects: indicatorSeries(indicatorId: \"ak9.allSubjects\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    meritValue: indicatorSeries(indicatorId: \"ak9.meritValue\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    vocationalEligible: indicatorSeries(indicatorId: \"ak9.vocationalEligible\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityPage($code: String!, $organiserType: OrganiserType!) {\n    resultPerspectives\n    municipalityResults(code: $code, organiserType: $organiserType) {\n      ...MunicipalityResultsFields\n    }\n    schoolUnitResults(municipalityCode: $code) {\n      ...SchoolUnitResultsFields\n    }\n    allSubjects: indicatorSeries(indicatorId: \"ak9.allSubjects\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    meritValue: indicatorSeries(indicatorId: \"ak9.meritValue\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n    vocationalEligible: indicatorSeries(indicatorId: \"ak9.vocationalEligible\", organisationIds: [\"SE\"]) {\n      ...NationalSeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingPage($year: Int!, $previousYear: Int!, $withPrevious: Boolean!, $organiserType: OrganiserType!) {\n    ranking(year: $year, organiserType: $organiserType) {\n      year\n      total\n      source\n      attribution {\n        sv\n        en\n      }\n      municipalities {\n        municipalityCode\n        name\n        countyName\n        rank\n        score\n        band\n        incomplete\n        approximate\n      }\n    }\n    previous: ranking(year: $previousYear, organiserType: $organiserType) @include(if: $withPrevious) {\n      year\n      municipalities {\n        municipalityCode\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingPage($year: Int!, $previousYear: Int!, $withPrevious: Boolean!, $organiserType: OrganiserType!) {\n    ranking(year: $year, organiserType: $organiserType) {\n      year\n      total\n      source\n      attribution {\n        sv\n        en\n      }\n      municipalities {\n        municipalityCode\n        name\n        countyName\n        rank\n        score\n        band\n        incomplete\n        approximate\n      }\n    }\n    previous: ranking(year: $previousYear, organiserType: $organiserType) @include(if: $withPrevious) {\n      year\n      municipalities {\n        municipalityCode\n        rank\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;