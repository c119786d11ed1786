import { graphql } from '../../api/generated/index.js';

/** What the chat page shows of a question; every write and every live change answers with it, so the cache follows. */
export const ChatQuestionFieldsFragment = graphql(`
  fragment ChatQuestionFields on ChatQuestion {
    id
    chatId
    text
    authorName
    mine
    pickedAt
    answer
    answeredAt
    createdAt
  }
`);

export const ChatSummaryFieldsFragment = graphql(`
  fragment ChatSummaryFields on Chat {
    id
    title
    hostRole
    hostName
    startsAt
    endsAt
    state
    version
    cancelledAt
    cancelReason
  }
`);

/** What the chat page needs of the chat itself; its changes (and their live events) answer with it. */
export const ChatDetailFieldsFragment = graphql(`
  fragment ChatDetailFields on Chat {
    ...ChatSummaryFields
    hostPersonId
    canChange
    canAsk
    canModerate
    canAnswer
  }
`);

/** A municipality's chats, this term's commitment and what the viewer may do there. */
export const ChatBoardQuery = graphql(`
  query ChatBoard($municipalityCode: String!) {
    chatBoard(municipalityCode: $municipalityCode) {
      municipalityCode
      canSchedule
      hostCandidates {
        id
        name
      }
      commitment {
        term
        required
        kept
        commissioner {
          held
          planned
          cancelled
        }
        directors {
          held
          planned
          cancelled
        }
      }
      chats {
        ...ChatSummaryFields
      }
    }
  }
`);

/** One chat with the questions the viewer sees and the number of its last change. */
export const ChatQuery = graphql(`
  query Chat($id: ID!) {
    chat(id: $id) {
      ...ChatDetailFields
      lastSeq
      questions {
        ...ChatQuestionFields
      }
    }
  }
`);

/** The chat's changes after the last one the page has; the client resumes after the last one received. */
export const ChatEventsSubscription = graphql(`
  subscription ChatEvents($chatId: ID!, $after: Int) {
    chatEvents(chatId: $chatId, after: $after) {
      seq
      kind
      question {
        ...ChatQuestionFields
      }
      chat {
        ...ChatDetailFields
      }
    }
  }
`);

export const ScheduleChatMutation = graphql(`
  mutation ScheduleChat($input: ScheduleChatInput!) {
    scheduleChat(input: $input) {
      ...ChatSummaryFields
    }
  }
`);

export const RescheduleChatMutation = graphql(`
  mutation RescheduleChat($input: RescheduleChatInput!) {
    rescheduleChat(input: $input) {
      ...ChatDetailFields
    }
  }
`);

export const CancelChatMutation = graphql(`
  mutation CancelChat($input: CancelChatInput!) {
    cancelChat(input: $input) {
      ...ChatDetailFields
    }
  }
`);

export const AskInChatMutation = graphql(`
  mutation AskInChat($input: AskInChatInput!) {
    askInChat(input: $input) {
      ...ChatQuestionFields
    }
  }
`);

export const PickChatQuestionMutation = graphql(`
  mutation PickChatQuestion($id: ID!) {
    pickChatQuestion(id: $id) {
      ...ChatQuestionFields
    }
  }
`);

export const AnswerChatQuestionMutation = graphql(`
  mutation AnswerChatQuestion($input: AnswerChatQuestionInput!) {
    answerChatQuestion(input: $input) {
      ...ChatQuestionFields
    }
  }
`);
