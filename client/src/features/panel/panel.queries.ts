import { graphql } from '../../api/generated/index.js';

export const PollFigureFields = graphql(`
  fragment PollFigureFields on PollFigure {
    state
    value
  }
`);

export const PollRowFields = graphql(`
  fragment PollRowFields on PollResultRow {
    key
    label
    answers {
      ...PollFigureFields
    }
    counts {
      ...PollFigureFields
    }
  }
`);

export const PollFields = graphql(`
  fragment PollFields on Poll {
    id
    title
    intro
    state
    version
    closesOn
    breakdowns
    canAnswer
    viewerHasAnswered
    canEdit
    questions {
      id
      kind
      text
      options
    }
    audience {
      schoolForms
      subjects
      units {
        id
        name
      }
    }
    responses {
      answeredAtLeast
      audienceSize
      step
    }
  }
`);

export const TeacherPanelQuery = graphql(`
  query TeacherPanel($municipalityCode: String!) {
    teacherPanel(municipalityCode: $municipalityCode) {
      canJoin
      canManage
      size
      threshold
      municipality {
        id
        name
      }
      membership {
        id
        active
        schoolForm
        subject
        unit {
          id
          name
        }
      }
      polls {
        ...PollFields
      }
    }
  }
`);

export const PollQuery = graphql(`
  query Poll($id: ID!) {
    poll(id: $id) {
      ...PollFields
    }
    pollResults(id: $id) {
      threshold
      answers {
        ...PollFigureFields
      }
      questions {
        options
        textState
        texts
        question {
          id
          kind
          text
        }
        total {
          ...PollRowFields
        }
        breakdowns {
          dimension
          rows {
            ...PollRowFields
          }
        }
      }
    }
  }
`);

export const JoinPanelMutation = graphql(`
  mutation JoinPanel($input: JoinPanelInput!) {
    joinPanel(input: $input) {
      id
      active
      schoolForm
      subject
    }
  }
`);

export const LeavePanelMutation = graphql(`
  mutation LeavePanel($municipalityCode: String!) {
    leavePanel(municipalityCode: $municipalityCode) {
      id
      active
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      ...PollFields
    }
  }
`);

export const UpdatePollMutation = graphql(`
  mutation UpdatePoll($input: UpdatePollInput!) {
    updatePoll(input: $input) {
      ...PollFields
    }
  }
`);

export const OpenPollMutation = graphql(`
  mutation OpenPoll($id: ID!, $expectedVersion: Int!) {
    openPoll(id: $id, expectedVersion: $expectedVersion) {
      ...PollFields
    }
  }
`);

export const ClosePollMutation = graphql(`
  mutation ClosePoll($id: ID!, $expectedVersion: Int!) {
    closePoll(id: $id, expectedVersion: $expectedVersion) {
      ...PollFields
    }
  }
`);

export const SubmitPollAnswerMutation = graphql(`
  mutation SubmitPollAnswer($input: SubmitPollAnswerInput!) {
    submitPollAnswer(input: $input)
  }
`);

export const SetPanelThresholdMutation = graphql(`
  mutation SetPanelThreshold($input: SetPanelThresholdInput!) {
    setPanelThreshold(input: $input)
  }
`);
