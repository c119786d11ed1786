import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { addresseeValues, questionStateValues } from './questions.enums.js';
import {
  addresseesOf,
  canAnswerQuestion,
  canEditQuestion,
  canRaiseQuestion,
  canSeeFullQuestion,
  canSupportQuestion,
} from './questions.policy.js';
import {
  answerQuestion,
  editQuestion,
  findVisibleQuestion,
  listVisibleQuestions,
  prepareAnswer,
  questionsAwaitingViewer,
  raiseQuestion,
  setSupport,
} from './questions.service.js';

export const questionResolvers: Resolvers = {
  QuestionAddressee: addresseeValues,
  QuestionState: questionStateValues,
  Query: {
    questionBoard: async (_p, { municipalityCode }, ctx) => ({
      municipalityCode,
      questions: await listVisibleQuestions(ctx.viewer, municipalityCode),
    }),
    question: (_p, { id }, ctx) => findVisibleQuestion(ctx.viewer, id),
    questionsToAnswer: (_p, _a, ctx) => questionsAwaitingViewer(ctx.viewer),
  },
  Mutation: {
    raiseQuestion: (_p, { input }, ctx) => raiseQuestion(ctx.viewer, input),
    editQuestion: (_p, { input }, ctx) => editQuestion(ctx.viewer, input),
    prepareQuestionAnswer: (_p, { id, expectedVersion }, ctx) => prepareAnswer(ctx.viewer, id, expectedVersion),
    answerQuestion: (_p, { input }, ctx) => answerQuestion(ctx.viewer, input),
    supportQuestion: (_p, { id }, ctx) => setSupport(ctx.viewer, id, true),
    withdrawQuestionSupport: (_p, { id }, ctx) => setSupport(ctx.viewer, id, false),
  },
  QuestionBoard: {
    id: (b) => b.municipalityCode,
    questions: (b) => b.questions,
    canRaise: (b, _a, ctx) => canRaiseQuestion(ctx.viewer, b.municipalityCode),
    answersFor: (b, _a, ctx) => addresseesOf(ctx.viewer, b.municipalityCode),
  },
  Question: {
    id: (q) => q._id.toHexString(),
    // A question moderation hid keeps its place and reason; its words only for the asker and moderators.
    title: (q, _a, ctx) => (!q.hidden || canSeeFullQuestion(ctx.viewer, q) ? q.title : null),
    text: (q, _a, ctx) => (!q.hidden || canSeeFullQuestion(ctx.viewer, q) ? q.text : null),
    hidden: (q) => !!q.hidden,
    hiddenReason: (q) => q.hidden?.reason ?? null,
    authorName: (q) => q.askerName,
    writtenAt: (q) => q.createdAt,
    askedAt: (q) => q.createdAt,
    supportCount: (q, _a, ctx) => ctx.loaders.questionSupportCount.load(q._id.toHexString()),
    viewerSupports: (q, _a, ctx) => ctx.loaders.questionSupported.load(q._id.toHexString()),
    viewerIsAsker: (q, _a, ctx) => ctx.viewer?.personId === q.askerId.toHexString(),
    canSupport: (q, _a, ctx) => canSupportQuestion(ctx.viewer, q),
    canEdit: (q, _a, ctx) => canEditQuestion(ctx.viewer, q),
    canAnswer: (q, _a, ctx) => canAnswerQuestion(ctx.viewer, q),
  },
};
