import { graphql } from '../../api/generated/index.js';

/** A request as the board shows it; every request write answers with it, so the cache follows. */
export const CoachingRequestFieldsFragment = graphql(`
  fragment CoachingRequestFields on CoachingRequest {
    id
    municipalityCode
    unit {
      id
      name
    }
    teacherNames
    teamName
    subject
    need
    requestedByName
    requestedAt
    state
    timeAgreed
    roomAgreed
    declineReason
    engagement {
      id
    }
    version
    canForward
    canAccept
    canDecline
    canWithdraw
  }
`);

/** What anyone who may know of an engagement sees: its facts (null where the agreement withholds them). */
export const CoachingEngagementFactsFragment = graphql(`
  fragment CoachingEngagementFacts on CoachingEngagement {
    id
    municipalityCode
    unit {
      id
      name
    }
    subject
    coachName
    teacherNames
    teamName
    startedAt
    closedAt
    state
    agreement {
      sharesDates
      sharesStatus
      agreedAt
    }
    viewerIsParty
    version
  }
`);

/** One entry inside an engagement (for its teacher(s) and coach only). */
export const CoachingEntryFieldsFragment = graphql(`
  fragment CoachingEntryFields on CoachingEntry {
    id
    kind
    date
    text
    done
    authorName
    createdAt
    version
    canEdit
  }
`);

/** An engagement with its content, which the server gives its teacher(s) and coach only. */
export const CoachingEngagementFieldsFragment = graphql(`
  fragment CoachingEngagementFields on CoachingEngagement {
    ...CoachingEngagementFacts
    content {
      goal
      goalSetAt
      entries {
        ...CoachingEntryFields
      }
      summary
      viewerIsTeacher
      canWrite
    }
  }
`);

/** A municipality's coaching page as the viewer may see it. */
export const CoachingBoardQuery = graphql(`
  query CoachingBoard($municipalityCode: String!) {
    coachingBoard(municipalityCode: $municipalityCode) {
      id
      canAskPrincipal
      teacherUnits {
        id
        name
      }
      principalUnits {
        id
        name
      }
      unitTeachers {
        unit {
          id
        }
        teachers {
          id
          name
        }
      }
      isCoachService
      coaches {
        id
        name
        subjects
      }
      requests {
        ...CoachingRequestFields
      }
      engagements {
        ...CoachingEngagementFacts
      }
    }
  }
`);

export const CoachingEngagementQuery = graphql(`
  query CoachingEngagement($id: ID!) {
    coachingEngagement(id: $id) {
      ...CoachingEngagementFields
    }
  }
`);

export const RequestCoachingMutation = graphql(`
  mutation RequestCoaching($input: RequestCoachingInput!) {
    requestCoaching(input: $input) {
      ...CoachingRequestFields
    }
  }
`);

export const ForwardCoachingRequestMutation = graphql(`
  mutation ForwardCoachingRequest($input: ForwardCoachingRequestInput!) {
    forwardCoachingRequest(input: $input) {
      ...CoachingRequestFields
    }
  }
`);

export const AcceptCoachingRequestMutation = graphql(`
  mutation AcceptCoachingRequest($input: DecideCoachingRequestInput!) {
    acceptCoachingRequest(input: $input) {
      ...CoachingRequestFields
    }
  }
`);

export const DeclineCoachingRequestMutation = graphql(`
  mutation DeclineCoachingRequest($input: DecideCoachingRequestInput!) {
    declineCoachingRequest(input: $input) {
      ...CoachingRequestFields
    }
  }
`);

export const WithdrawCoachingRequestMutation = graphql(`
  mutation WithdrawCoachingRequest($id: ID!, $expectedVersion: Int!) {
    withdrawCoachingRequest(id: $id, expectedVersion: $expectedVersion) {
      ...CoachingRequestFields
    }
  }
`);

export const SetCoachingAgreementMutation = graphql(`
  mutation SetCoachingAgreement($input: CoachingAgreementInput!) {
    setCoachingAgreement(input: $input) {
      ...CoachingEngagementFields
    }
  }
`);

export const SetCoachingGoalMutation = graphql(`
  mutation SetCoachingGoal($input: CoachingGoalInput!) {
    setCoachingGoal(input: $input) {
      ...CoachingEngagementFields
    }
  }
`);

export const AddCoachingEntryMutation = graphql(`
  mutation AddCoachingEntry($input: AddCoachingEntryInput!) {
    addCoachingEntry(input: $input) {
      ...CoachingEngagementFields
    }
  }
`);

export const UpdateCoachingEntryMutation = graphql(`
  mutation UpdateCoachingEntry($input: UpdateCoachingEntryInput!) {
    updateCoachingEntry(input: $input) {
      ...CoachingEngagementFields
    }
  }
`);

export const CloseCoachingEngagementMutation = graphql(`
  mutation CloseCoachingEngagement($input: CloseEngagementInput!) {
    closeCoachingEngagement(input: $input) {
      ...CoachingEngagementFields
    }
  }
`);

export const SetCoachProfileMutation = graphql(`
  mutation SetCoachProfile($input: CoachProfileInput!) {
    setCoachProfile(input: $input) {
      id
      name
      subjects
    }
  }
`);
