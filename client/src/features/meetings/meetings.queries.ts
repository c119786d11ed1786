import { graphql } from '../../api/generated/index.js';

/** What the meetings' pages show of a meeting; sign-ups answer with it, so the cache follows. */
export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    municipalityCode
    kind
    title
    description
    date
    place
    cap
    signedUpCount
    seatsLeft
    viewerSignedUp
    viewerWaitingPosition
    waitingCount
    started
    cancelledAt
    cancelReason
    canSignUp
    canOrganise
    version
  }
`);

/** A success factor as the meeting page and the synthesis show it; every write answers with it. */
export const SuccessFactorFieldsFragment = graphql(`
  fragment SuccessFactorFields on SuccessFactor {
    id
    text
    theme
    authorName
    editedAt
    version
    withdrawn
    history {
      text
      editedAt
      editorName
    }
    canEdit
    canSetTheme
    canLiftAsExample
    goodExample {
      id
      consent
    }
    group {
      id
      name
    }
  }
`);

export const MeetingGroupFieldsFragment = graphql(`
  fragment MeetingGroupFields on MeetingGroup {
    id
    kind
    name
    memberCount
    viewerIsMember
    canJoin
    canWriteFactors
    factorLimit
    factors {
      ...SuccessFactorFields
    }
    withdrawnFactors {
      ...SuccessFactorFields
    }
  }
`);

/** A municipality's meetings, the focus groups per term, and whether the viewer organises. */
export const MeetingBoardQuery = graphql(`
  query MeetingBoard($municipalityCode: String!) {
    meetingBoard(municipalityCode: $municipalityCode) {
      id
      canOrganise
      meetings {
        ...MeetingFields
      }
      focusGroupTerms {
        label
        held
        planned
        commitment
        kept
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      signups {
        id
        name
      }
      waitingList {
        id
        name
      }
      groups {
        ...MeetingGroupFields
      }
    }
  }
`);

export const MeetingSynthesisQuery = graphql(`
  query MeetingSynthesis($id: ID!) {
    meetingSynthesis(id: $id) {
      id
      meeting {
        id
        title
        date
        place
      }
      themes {
        theme
        factors {
          ...SuccessFactorFields
        }
      }
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const SignUpForMeetingMutation = graphql(`
  mutation SignUpForMeeting($id: ID!) {
    signUpForMeeting(id: $id) {
      ...MeetingFields
      signups {
        id
        name
      }
    }
  }
`);

export const CancelMeetingSignUpMutation = graphql(`
  mutation CancelMeetingSignUp($id: ID!) {
    cancelMeetingSignUp(id: $id) {
      ...MeetingFields
      signups {
        id
        name
      }
      waitingList {
        id
        name
      }
    }
  }
`);

export const JoinMeetingWaitingListMutation = graphql(`
  mutation JoinMeetingWaitingList($id: ID!) {
    joinMeetingWaitingList(id: $id) {
      ...MeetingFields
      signups {
        id
        name
      }
      waitingList {
        id
        name
      }
    }
  }
`);

export const EditMeetingMutation = graphql(`
  mutation EditMeeting($input: EditMeetingInput!) {
    editMeeting(input: $input) {
      ...MeetingFields
      signups {
        id
        name
      }
      waitingList {
        id
        name
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const LeaveMeetingGroupMutation = graphql(`
  mutation LeaveMeetingGroup($id: ID!) {
    leaveMeetingGroup(id: $id) {
      ...MeetingGroupFields
    }
  }
`);

export const AddMeetingGroupMutation = graphql(`
  mutation AddMeetingGroup($input: AddMeetingGroupInput!) {
    addMeetingGroup(input: $input) {
      ...MeetingGroupFields
    }
  }
`);

export const JoinMeetingGroupMutation = graphql(`
  mutation JoinMeetingGroup($id: ID!) {
    joinMeetingGroup(id: $id) {
      ...MeetingGroupFields
    }
  }
`);

export const AddSuccessFactorMutation = graphql(`
  mutation AddSuccessFactor($input: AddSuccessFactorInput!) {
    addSuccessFactor(input: $input) {
      ...SuccessFactorFields
    }
  }
`);

export const EditSuccessFactorMutation = graphql(`
  mutation EditSuccessFactor($input: EditSuccessFactorInput!) {
    editSuccessFactor(input: $input) {
      ...SuccessFactorFields
    }
  }
`);

export const WithdrawSuccessFactorMutation = graphql(`
  mutation WithdrawSuccessFactor($id: ID!, $expectedVersion: Int!) {
    withdrawSuccessFactor(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      group {
        id
      }
    }
  }
`);

export const SetSuccessFactorThemeMutation = graphql(`
  mutation SetSuccessFactorTheme($input: SuccessFactorThemeInput!) {
    setSuccessFactorTheme(input: $input) {
      ...SuccessFactorFields
    }
  }
`);
