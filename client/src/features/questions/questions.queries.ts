import { graphql } from '../../api/generated/index.js';

/** What the questions' pages show of a question; every write answers with it, so the cache follows. */
export const QuestionFieldsFragment = graphql(`
  fragment QuestionFields on Question {
    id
    municipalityCode
    addressee
    title
    text
    askerName
    askedAt
    editedAt
    state
    version
    supportCount
    viewerSupports
    viewerIsAsker
    canSupport
    canEdit
    canAnswer
    hidden
    hiddenReason
    canReport
    reportedByViewer
    answer {
      text
      answererName
      answeredAt
      editedAt
    }
  }
`);

/** A municipality's questions, newest first, and what the viewer may do there. */
export const QuestionBoardQuery = graphql(`
  query QuestionBoard($municipalityCode: String!) {
    questionBoard(municipalityCode: $municipalityCode) {
      id
      canRaise
      answersFor
      questions {
        ...QuestionFields
      }
    }
  }
`);

export const QuestionQuery = graphql(`
  query Question($id: ID!) {
    question(id: $id) {
      ...QuestionFields
      canLiftAnswerAsExample
      answerExample {
        id
        consent
      }
    }
  }
`);

/** The politician's start page: the questions waiting for the political level, oldest first. */
export const PoliticianQuestionsQuery = graphql(`
  query PoliticianQuestions {
    questionsToAnswer {
      id
      title
      addressee
      state
      askedAt
      supportCount
    }
  }
`);

export const RaiseQuestionMutation = graphql(`
  mutation RaiseQuestion($input: RaiseQuestionInput!) {
    raiseQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const EditQuestionMutation = graphql(`
  mutation EditQuestion($input: EditQuestionInput!) {
    editQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const PrepareQuestionAnswerMutation = graphql(`
  mutation PrepareQuestionAnswer($id: ID!, $expectedVersion: Int!) {
    prepareQuestionAnswer(id: $id, expectedVersion: $expectedVersion) {
      ...QuestionFields
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const SupportQuestionMutation = graphql(`
  mutation SupportQuestion($id: ID!) {
    supportQuestion(id: $id) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export const WithdrawQuestionSupportMutation = graphql(`
  mutation WithdrawQuestionSupport($id: ID!) {
    withdrawQuestionSupport(id: $id) {
      id
      supportCount
      viewerSupports
    }
  }
`);
