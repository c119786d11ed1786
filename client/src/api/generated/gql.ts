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
    "\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.SessionPersonFragmentDoc,
    "\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": typeof types.SessionDemoAccountsDocument,
    "\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": typeof types.SessionLoginDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": typeof types.SessionLogoutDocument,
    "\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": typeof types.SessionSetPasswordDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
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
    "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n  }\n": typeof types.TeacherStartDocument,
    "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.HomeItemsDocument,
    "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": typeof types.MarkNotificationsSeenDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationByCodeDocument,
    "\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": typeof types.PlanDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": typeof types.ActionItemDocument,
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
    "\n  fragment SessionPerson on Person {\n    id\n    name\n    title\n    email\n    memberships {\n      role\n      organisation {\n        id\n        code\n        kind\n        name\n        municipalityCode\n        parent {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.SessionPersonFragmentDoc,
    "\n  query SessionViewer {\n    me {\n      ...SessionPerson\n    }\n  }\n": types.SessionViewerDocument,
    "\n  query SessionDemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": types.SessionDemoAccountsDocument,
    "\n  mutation SessionLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": types.SessionLoginDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": types.SessionLogoutDocument,
    "\n  mutation SessionSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      expiresAt\n      person {\n        ...SessionPerson\n      }\n    }\n  }\n": types.SessionSetPasswordDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!) {\n    comments(targetId: $targetId, first: 100) {\n      totalCount\n      nodes {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
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
    "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n  }\n": types.TeacherStartDocument,
    "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.HomeItemsDocument,
    "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {\n    markNotificationsSeen(input: $input) {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n": types.MarkNotificationsSeenDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      id\n      emailComments\n      language\n      emailAvailable\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisation(code: $code) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.OrganisationByCodeDocument,
    "\n  query PlansList($organisationId: ID!) {\n    actionPlans(organisationId: $organisationId, first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        purpose\n        status\n        period {\n          from\n          to\n        }\n        owner {\n          name\n        }\n        areas {\n          id\n          items(first: 100) {\n            nodes {\n              id\n              status\n              progress\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlansListDocument,
    "\n  fragment ItemFields on ActionItem {\n    id\n    text\n    description\n    status\n    progress\n    version\n    dueDate\n    effect\n    canUpdate\n    updatedAt\n    plan {\n      id\n    }\n    area {\n      id\n    }\n    responsible {\n      id\n      name\n    }\n    lastUpdate {\n      text\n      authorName\n      at\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    title\n    purpose\n    startingPoints\n    status\n    version\n    canEdit\n    ownerTitle\n    responsibleTitle\n    responsible {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    schools {\n      id\n      name\n    }\n    period {\n      from\n      to\n    }\n    areas {\n      id\n      title\n      description\n      position\n      archived\n      version\n      items(first: 100) {\n        nodes {\n          ...ItemFields\n        }\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": types.PlanDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n": types.ActionItemDocument,
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
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    parentId\n    authorName\n    author {\n      id\n    }\n    text\n    stance\n    hidden\n    hiddenReason\n    edited\n    createdAt\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {\n    actionPlans(organisationId: $organisationId, first: 5) {\n      nodes {\n        id\n        title\n        period {\n          from\n          to\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n    recentComments(municipalityCode: $municipalityCode, first: 8) {\n      targetTitle\n      planId\n      comment {\n        id\n        authorName\n        text\n        hidden\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeItems($municipalityCode: String!) {\n    municipalityItems(municipalityCode: $municipalityCode) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notificationInbox {\n      id\n      unreadCount\n      lastSeenAt\n      notifications(first: $first, unreadOnly: $unreadOnly) {\n        id\n        kind\n        createdAt\n        comment {\n          targetTitle\n          planId\n          comment {\n            id\n            authorName\n            text\n            hidden\n            targetType\n            targetId\n          }\n        }\n      }\n      preferences {\n        id\n        emailComments\n        language\n        emailAvailable\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ItemFields\n      plan {\n        id\n        title\n      }\n      area {\n        id\n        title\n      }\n      goals {\n        id\n        title\n      }\n      updates(first: 50) {\n        nodes {\n          id\n          authorName\n          at\n          status\n          progress\n          text\n          evidenceUrl\n          effect\n        }\n      }\n    }\n  }\n"];
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