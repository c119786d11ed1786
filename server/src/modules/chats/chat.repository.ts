import mongoose, { type Types } from 'mongoose';
import type { EditScope, ReadScope } from '../../auth/index.js';
import { createAudited, inTransaction, updateVersioned } from '../audit/index.js';
import type { ChatEventKind } from './chat.enums.js';
import {
  ChatCounterModel,
  ChatEventModel,
  ChatModel,
  ChatQuestionModel,
  type ChatDoc,
  type ChatEventDoc,
  type ChatQuestionDoc,
} from './chat.model.js';

// Chats have no drafts: every reading role of the municipality (the scope's `published`) reads
// them. Questions are read through their chat; which of them a viewer sees is the policy's
// canSeeQuestion, applied in the query for lists and in memory for the live feed.

const trusted = mongoose.trusted;

/** The query condition that keeps a read of chats inside the scope. */
export function chatFilter(scope: ReadScope): Record<string, unknown> {
  if (scope.published === 'all') return {};
  return { municipalityCode: trusted({ $in: [...scope.published] }) };
}

export function findChat(scope: ReadScope, id: Types.ObjectId): Promise<ChatDoc | null> {
  return ChatModel.findOne({ _id: id, ...chatFilter(scope) })
    .lean<ChatDoc>()
    .exec();
}

export function listChats(scope: ReadScope, municipalityCode: string): Promise<ChatDoc[]> {
  return ChatModel.find({ municipalityCode, ...chatFilter(scope) })
    .sort({ startsAt: -1 })
    .limit(200)
    .lean<ChatDoc[]>()
    .exec();
}

/** The municipality's chats starting between two moments (for a term's commitment). */
export function chatsStartingBetween(
  scope: ReadScope,
  municipalityCode: string,
  from: Date,
  to: Date,
): Promise<ChatDoc[]> {
  return ChatModel.find({ municipalityCode, ...chatFilter(scope), startsAt: trusted({ $gte: from, $lt: to }) })
    .lean<ChatDoc[]>()
    .exec();
}

export function insertChat(scope: EditScope, doc: Omit<ChatDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  return createAudited<ChatDoc>({
    viewer: scope.viewer,
    model: ChatModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'chat.schedule',
    targetType: 'chat',
  });
}

/**
 * Changes a chat that is neither cancelled nor over against the version its editor saw, bumps the
 * version and records the audit event; a stale version, or a chat that ended or was cancelled
 * meanwhile, changes nothing and throws `conflict` with the chat as it is now.
 */
export function updateChat(
  scope: EditScope,
  chat: ChatDoc,
  change: { expectedVersion: number; set: Partial<ChatDoc>; action: 'chat.reschedule' | 'chat.cancel'; now: Date },
  conflict: (current: ChatDoc | null) => Error,
): Promise<ChatDoc> {
  return updateVersioned<ChatDoc>({
    viewer: scope.viewer,
    model: ChatModel,
    id: chat._id,
    where: { municipalityCode: chat.municipalityCode, cancelledAt: null, endsAt: trusted({ $gt: change.now }) },
    expectedVersion: change.expectedVersion,
    update: { $set: change.set },
    action: change.action,
    targetType: 'chat',
    conflict,
  });
}

/** Chats by id in the scope (a request's loader). */
export function findChatsIn(scope: ReadScope, ids: readonly Types.ObjectId[]): Promise<ChatDoc[]> {
  return ChatModel.find({ _id: trusted({ $in: [...ids] }), ...chatFilter(scope) })
    .lean<ChatDoc[]>()
    .exec();
}

/** Chats by id, whatever their municipality (the live feed filters per subscriber). */
export function findChats(ids: readonly Types.ObjectId[]): Promise<ChatDoc[]> {
  return ChatModel.find({ _id: trusted({ $in: [...ids] }) })
    .lean<ChatDoc[]>()
    .exec();
}

// Questions.

/** The people who posted questions to a chat (to tell them of a new time). */
export async function questionAuthors(chatId: Types.ObjectId): Promise<Types.ObjectId[]> {
  const found = await ChatQuestionModel.find({ chatId }, { authorId: 1 }).limit(5000).lean<ChatQuestionDoc[]>().exec();
  const byId = new Map(found.map((q) => [q.authorId.toHexString(), q.authorId]));
  return [...byId.values()];
}

/**
 * Posts a question in a chat that is neither cancelled nor over at `now`, or returns null and posts
 * nothing. The chat is held by a write in the same transaction, so a cancelling committed at the same
 * moment makes one of the two rerun and see the other: no question lands in a cancelled chat.
 */
export function insertQuestionWhileOpen(
  doc: Omit<ChatQuestionDoc, '_id' | 'createdAt'>,
  now: Date,
): Promise<ChatQuestionDoc | null> {
  return inTransaction(async (session) => {
    const held = await ChatModel.findOneAndUpdate(
      { _id: doc.chatId, cancelledAt: null, endsAt: trusted({ $gt: now }) },
      { $set: { updatedAt: now } },
      { session, timestamps: false, projection: { _id: 1 } },
    )
      .lean()
      .exec();
    if (!held) return null;
    const [created] = await ChatQuestionModel.create([doc], { session });
    return created!.toObject();
  });
}

/** How many questions a person has posted since a moment (the posting rate). */
export function questionsPostedSince(authorId: Types.ObjectId, since: Date): Promise<number> {
  return ChatQuestionModel.countDocuments({ authorId, createdAt: trusted({ $gt: since }) }).exec();
}

export function findQuestion(id: Types.ObjectId): Promise<ChatQuestionDoc | null> {
  return ChatQuestionModel.findById(id).lean<ChatQuestionDoc>().exec();
}

export function findQuestions(ids: readonly Types.ObjectId[]): Promise<ChatQuestionDoc[]> {
  return ChatQuestionModel.find({ _id: trusted({ $in: [...ids] }) })
    .lean<ChatQuestionDoc[]>()
    .exec();
}

/** A chat's questions in the order they were posted: all of them, or the picked ones and the author's own. */
export function listQuestions(
  chatId: Types.ObjectId,
  seen: 'all' | { authorId: Types.ObjectId | null },
): Promise<ChatQuestionDoc[]> {
  const visible =
    seen === 'all'
      ? {}
      : {
          $or: trusted([{ pickedAt: trusted({ $ne: null }) }, ...(seen.authorId ? [{ authorId: seen.authorId }] : [])]),
        };
  return ChatQuestionModel.find({ chatId, ...visible })
    .sort({ createdAt: 1, _id: 1 })
    .limit(2000)
    .lean<ChatQuestionDoc[]>()
    .exec();
}

/** Picks a question once; null when it was picked already (or is not the chat's). */
export function markPicked(id: Types.ObjectId, chatId: Types.ObjectId, at: Date): Promise<ChatQuestionDoc | null> {
  return ChatQuestionModel.findOneAndUpdate(
    { _id: id, chatId, pickedAt: null },
    { $set: { pickedAt: at } },
    { returnDocument: 'after' },
  )
    .lean<ChatQuestionDoc>()
    .exec();
}

/** Answers a picked question once; null when it is not picked or already answered. */
export function markAnswered(id: Types.ObjectId, answer: string, at: Date): Promise<ChatQuestionDoc | null> {
  return ChatQuestionModel.findOneAndUpdate(
    { _id: id, pickedAt: trusted({ $ne: null }), answeredAt: null },
    { $set: { answer, answeredAt: at } },
    { returnDocument: 'after', runValidators: true },
  )
    .lean<ChatQuestionDoc>()
    .exec();
}

// Events: one per change, numbered by one counter that every process bumps atomically.

const EVENT_COUNTER = 'chatEvents';

/** Records a change of a chat (of one of its questions, or of the chat itself: null) with the next number of the shared counter. */
export async function appendEvent(chatId: Types.ObjectId, kind: ChatEventKind, questionId: Types.ObjectId | null) {
  const counter = await ChatCounterModel.findOneAndUpdate(
    { _id: EVENT_COUNTER },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean()
    .exec();
  const event = { seq: counter!.seq, chatId, kind, questionId, at: new Date() };
  await ChatEventModel.create([event]);
  return event;
}

/** Every chat's events after a number, in order (what the feed polls). */
export function eventsAfter(seq: number, limit: number): Promise<ChatEventDoc[]> {
  return ChatEventModel.find({ seq: trusted({ $gt: seq }) })
    .sort({ seq: 1 })
    .limit(limit)
    .lean<ChatEventDoc[]>()
    .exec();
}

/** The newest events of every chat, newest first (where the feed starts). */
export function latestEvents(limit: number): Promise<ChatEventDoc[]> {
  return ChatEventModel.find({}).sort({ seq: -1 }).limit(limit).lean<ChatEventDoc[]>().exec();
}

/** One chat's events in (after, upTo], in order (a subscriber's replay). */
export function chatEventsBetween(chatId: Types.ObjectId, after: number, upTo: number): Promise<ChatEventDoc[]> {
  return ChatEventModel.find({ chatId, seq: trusted({ $gt: after, $lte: upTo }) })
    .sort({ seq: 1 })
    .limit(5000)
    .lean<ChatEventDoc[]>()
    .exec();
}

/** The number of a chat's last event, 0 when it has none. */
export async function lastChatSeq(chatId: Types.ObjectId): Promise<number> {
  const last = await ChatEventModel.findOne({ chatId }).sort({ seq: -1 }).lean<ChatEventDoc>().exec();
  return last?.seq ?? 0;
}

/** Writes demo chats and their questions as they are (no events: the feed starts after them). */
export async function seedChats(chats: ChatDoc[], questions: ChatQuestionDoc[]): Promise<void> {
  if (chats.length) await ChatModel.insertMany(chats);
  if (questions.length) await ChatQuestionModel.insertMany(questions);
}
