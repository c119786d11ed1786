import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { hiddenMarkSchema, type HiddenMark } from '../../shared/hidden-mark.js';
import { addresseeValues, questionStateValues, type Addressee, type QuestionState } from './questions.enums.js';

/** The longest texts, in characters as shared/validation.ts counts them, and the daily cap per asker. */
export const QUESTION_MAX = {
  title: 200,
  text: 4000,
  answer: 8000,
  /** New questions one person may raise in 24 hours. */
  perDay: 5,
} as const;

/** The addressee's public answer: who answered (named), when, and when it was last edited. */
export interface QuestionAnswerDoc {
  text: string;
  answererId: Types.ObjectId;
  answererName: string;
  answeredAt: Date;
  editedAt: Date | null;
}

/** A question a teacher raised to the administration or the political level, and its public answer. */
export interface TeacherQuestionDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  addressee: Addressee;
  title: string;
  text: string;
  askerId: Types.ObjectId;
  askerName: string;
  /** Set when the asker changed the question after raising it (earlier wordings are in the audit log). */
  editedAt: Date | null;
  state: QuestionState;
  answer: QuestionAnswerDoc | null;
  /** Set when moderation hid it (never deleted): its title and text then only for the asker and moderators. */
  hidden?: HiddenMark | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One person's support of a question; the unique index keeps it to one per person. */
export interface QuestionSupportDoc {
  _id: Types.ObjectId;
  questionId: Types.ObjectId;
  personId: Types.ObjectId;
  municipalityCode: string;
  createdAt: Date;
}

const answerSchema = new Schema(
  {
    text: { type: String, required: true, validate: storedText(QUESTION_MAX.answer) },
    answererId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    answererName: { type: String, required: true },
    answeredAt: { type: Date, required: true },
    editedAt: { type: Date, default: null },
  },
  { _id: false },
);

const questionSchema = new Schema<TeacherQuestionDoc>(
  {
    municipalityCode: { type: String, required: true },
    addressee: { type: String, enum: Object.values(addresseeValues), required: true },
    title: { type: String, required: true, validate: storedText(QUESTION_MAX.title) },
    text: { type: String, required: true, validate: storedText(QUESTION_MAX.text) },
    askerId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    askerName: { type: String, required: true },
    editedAt: { type: Date, default: null },
    state: { type: String, enum: Object.values(questionStateValues), default: 'notAnswered' },
    answer: { type: answerSchema, default: null },
    hidden: { type: hiddenMarkSchema(), default: null },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
questionSchema.index({ municipalityCode: 1, createdAt: -1 });
questionSchema.index({ askerId: 1, createdAt: -1 });

const supportSchema = new Schema<QuestionSupportDoc>(
  {
    questionId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    municipalityCode: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
supportSchema.index({ questionId: 1, personId: 1 }, { unique: true });

export const TeacherQuestionModel = mongoose.model<TeacherQuestionDoc>('TeacherQuestion', questionSchema);
export const QuestionSupportModel = mongoose.model<QuestionSupportDoc>('QuestionSupport', supportSchema);
