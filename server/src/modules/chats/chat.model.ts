import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { chatEventKindValues, chatHostRoleValues, type ChatEventKind, type ChatHostRole } from './chat.enums.js';

/** The longest texts of a chat, in characters as shared/validation.ts counts them, and the posting rate. */
export const CHAT_MAX = {
  title: 200,
  hostName: 120,
  question: 1000,
  answer: 4000,
  cancelReason: 1000,
  /** Questions one person may post within {@link CHAT_MAX.rateWindowMs}, across chats. */
  questionsPerWindow: 5,
  rateWindowMs: 60_000,
  /** The longest a chat may last. */
  durationMs: 8 * 60 * 60 * 1000,
} as const;

/** A scheduled chat session with a host of the municipality. */
export interface ChatDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  title: string;
  hostRole: ChatHostRole;
  /** The person who answers: of the municipality, with a reading role. */
  hostPersonId: Types.ObjectId;
  hostName: string;
  startsAt: Date;
  endsAt: Date;
  /** Set when the administration called it off; nothing of the chat is deleted. */
  cancelledAt?: Date | null;
  cancelReason?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A teacher's question to a chat; never deleted. Picked and answered once each. */
export interface ChatQuestionDoc {
  _id: Types.ObjectId;
  chatId: Types.ObjectId;
  municipalityCode: string;
  authorId: Types.ObjectId;
  authorName: string;
  text: string;
  pickedAt: Date | null;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

/** One change of a chat as the live feed reads it: numbered by the shared counter, in order. */
export interface ChatEventDoc {
  _id: Types.ObjectId;
  seq: number;
  chatId: Types.ObjectId;
  kind: ChatEventKind;
  /** The question asked, picked or answered; null for a change of the chat itself. */
  questionId: Types.ObjectId | null;
  at: Date;
}

/** A named counter, bumped atomically ($inc in findOneAndUpdate) by every process that writes. */
export interface ChatCounterDoc {
  _id: string;
  seq: number;
}

const chatSchema = new Schema<ChatDoc>(
  {
    municipalityCode: { type: String, required: true },
    title: { type: String, required: true, validate: storedText(CHAT_MAX.title) },
    hostRole: { type: String, required: true, enum: Object.values(chatHostRoleValues) },
    hostPersonId: { type: Schema.Types.ObjectId, required: true },
    hostName: { type: String, required: true, validate: storedText(CHAT_MAX.hostName) },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: null, validate: storedText(CHAT_MAX.cancelReason) },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, versionKey: false },
);
chatSchema.index({ municipalityCode: 1, startsAt: -1 });

const questionSchema = new Schema<ChatQuestionDoc>(
  {
    chatId: { type: Schema.Types.ObjectId, required: true },
    municipalityCode: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    text: { type: String, required: true, validate: storedText(CHAT_MAX.question) },
    pickedAt: { type: Date, default: null },
    answer: { type: String, default: null, validate: storedText(CHAT_MAX.answer) },
    answeredAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
questionSchema.index({ chatId: 1, createdAt: 1 });
questionSchema.index({ authorId: 1, createdAt: -1 });

const eventSchema = new Schema<ChatEventDoc>(
  {
    seq: { type: Number, required: true },
    chatId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true, enum: Object.values(chatEventKindValues) },
    questionId: { type: Schema.Types.ObjectId, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
eventSchema.index({ seq: 1 }, { unique: true });
eventSchema.index({ chatId: 1, seq: 1 });

const counterSchema = new Schema<ChatCounterDoc>(
  { _id: { type: String, required: true }, seq: { type: Number, required: true } },
  { versionKey: false },
);

export const ChatModel = mongoose.model<ChatDoc>('Chat', chatSchema, 'chats');
export const ChatQuestionModel = mongoose.model<ChatQuestionDoc>('ChatQuestion', questionSchema, 'chatQuestions');
export const ChatEventModel = mongoose.model<ChatEventDoc>('ChatEvent', eventSchema, 'chatEvents');
export const ChatCounterModel = mongoose.model<ChatCounterDoc>('ChatCounter', counterSchema, 'chatCounters');
