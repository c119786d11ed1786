import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { findMunicipality } from '../organisations/index.js';
import { chatEventKindValues, chatHostRoleValues, chatStateValues } from './chat.enums.js';
import type { FeedEvent } from './chat.feed.js';
import { canAskInChats, canModerateChat, canReadChats, canScheduleChats, isHostOf } from './chat.policy.js';
import {
  answerChatQuestion,
  askInChat,
  cancelChat,
  chatEvents,
  chatLastSeq,
  chatOpen,
  chatState,
  findVisibleChat,
  hostCandidates,
  listVisibleChats,
  pickChatQuestion,
  rescheduleChat,
  scheduleChat,
  termCommitment,
  visibleQuestions,
} from './chat.service.js';

const CHATS = { sv: 'Chattarna', en: 'The chats' };

export const chatResolvers: Resolvers = {
  ChatHostRole: chatHostRoleValues,
  ChatState: chatStateValues,
  ChatEventKind: chatEventKindValues,
  Query: {
    chatBoard: async (_p, { municipalityCode }, ctx) => {
      const municipality = await findMunicipality(municipalityCode);
      if (!municipality || !canReadChats(ctx.viewer, municipality.code)) throw new NotFoundError(CHATS);
      return { municipality };
    },
    chat: (_p, { id }, ctx) => findVisibleChat(ctx.viewer, id),
  },
  Mutation: {
    scheduleChat: (_p, { input }, ctx) => scheduleChat(ctx.viewer, input),
    rescheduleChat: (_p, { input }, ctx) => rescheduleChat(ctx.viewer, input),
    cancelChat: (_p, { input }, ctx) => cancelChat(ctx.viewer, input),
    askInChat: (_p, { input }, ctx) => askInChat(ctx.viewer, input),
    pickChatQuestion: (_p, { id }, ctx) => pickChatQuestion(ctx.viewer, id),
    answerChatQuestion: (_p, { input }, ctx) => answerChatQuestion(ctx.viewer, input),
  },
  Subscription: {
    chatEvents: {
      subscribe: (_p, { chatId, after }, ctx) => chatEvents(ctx.viewer, chatId, after ?? 0),
      resolve: (event: FeedEvent) => event,
    },
  },
  ChatBoard: {
    municipalityCode: (b) => b.municipality.code,
    chats: (b, _a, ctx) => listVisibleChats(ctx.viewer, b.municipality.code),
    commitment: (b, _a, ctx) => termCommitment(ctx.viewer, b.municipality.code),
    canSchedule: (b, _a, ctx) => canScheduleChats(ctx.viewer, b.municipality.code),
    hostCandidates: (b, _a, ctx) => hostCandidates(ctx.viewer, b.municipality.code),
  },
  ChatCommitment: {
    term: (c) => c.term.label,
  },
  Chat: {
    id: (c) => c._id.toHexString(),
    state: (c) => chatState(c),
    questions: (c, _a, ctx) => visibleQuestions(ctx.viewer, c),
    lastSeq: (c) => chatLastSeq(c),
    hostPersonId: (c) => c.hostPersonId.toHexString(),
    cancelledAt: (c) => c.cancelledAt ?? null,
    cancelReason: (c) => c.cancelReason ?? null,
    canChange: (c, _a, ctx) => chatOpen(chatState(c)) && canScheduleChats(ctx.viewer, c.municipalityCode),
    canAsk: (c, _a, ctx) => chatOpen(chatState(c)) && canAskInChats(ctx.viewer, c.municipalityCode),
    canModerate: (c, _a, ctx) => chatOpen(chatState(c)) && canModerateChat(ctx.viewer, c),
    canAnswer: (c, _a, ctx) => chatState(c) === 'live' && isHostOf(ctx.viewer, c),
  },
  ChatQuestion: {
    id: (q) => q._id.toHexString(),
    chatId: (q) => q.chatId.toHexString(),
    mine: (q, _a, ctx) => !!ctx.viewer && q.authorId.toHexString() === ctx.viewer.personId,
  },
};
