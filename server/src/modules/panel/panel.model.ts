import { randomBytes } from 'node:crypto';
import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import type { SchoolForm } from '../annual-cycle/index.js';
import {
  panelDimensionValues,
  pollStateValues,
  questionKindValues,
  type PanelDimension,
  type PollState,
  type QuestionKind,
} from './panel.enums.js';

/** The longest texts and lists of the panel, in characters as shared/validation.ts counts them. */
export const PANEL_MAX = {
  title: 200,
  intro: 4000,
  question: 1000,
  option: 200,
  options: 12,
  questions: 30,
  subject: 80,
  answerText: 4000,
  audienceValues: 50,
  breakdowns: 2,
} as const;

/** The school forms, as the annual cycle stores them (the API's SchoolForm). */
export const SCHOOL_FORMS = ['preschool', 'compulsory', 'upperSecondary'] as const satisfies readonly SchoolForm[];

/**
 * The threshold k: the default, the least and the most a municipality may set, and free text's.
 * Above 50 nearly every group of a municipality's panel would be hidden: a larger k is a mistake.
 */
export const K_DEFAULT = 5;
export const K_MIN = 3;
export const K_MAX = 50;
export const K_TEXT = 8;

/** A random id that, unlike an ObjectId, carries no time: for answers and has-answered records. */
export const randomId = () => randomBytes(16).toString('base64url');

/** A teacher's membership of their municipality's panel, with what audiences and breakdowns read. */
export interface PanelMemberDoc {
  _id: Types.ObjectId;
  personId: Types.ObjectId;
  municipalityCode: string;
  /** The school unit the teacher answers from (one where they teach), or null. */
  unitId: Types.ObjectId | null;
  schoolForm: SchoolForm;
  /** The main subject, as written (compared without case). */
  subject: string;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A municipality's panel settings: the threshold k. */
export interface PanelSettingsDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  k: number;
  version: number;
}

/** One question of a poll. */
export interface QuestionDoc {
  id: string;
  kind: QuestionKind;
  text: string;
  /** The choices of a single- or multiple-choice question; a scale is 1–5, free text has none. */
  options: string[];
}

/** Who a poll is sent to: the whole panel (all empty) or the members matching every non-empty list. */
export interface AudienceDoc {
  schoolForms: SchoolForm[];
  subjects: string[];
  unitIds: Types.ObjectId[];
}

/** A poll of the panel. */
export interface PollDoc {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  municipalityCode: string;
  title: string;
  intro: string;
  questions: QuestionDoc[];
  audience: AudienceDoc;
  breakdowns: PanelDimension[];
  /** The last day answers are taken, YYYY-MM-DD in Sweden; from the next day the poll is closed. */
  closesOn: string;
  /** Stored state; an open poll past its date reads as closed. */
  state: PollState;
  /** The threshold when it opened (later changes to the municipality's k do not move it). */
  k: number | null;
  /** Set when an administrator closes it before its date. */
  closedEarly: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** That a person has answered a poll: apart from the answer, with no time and a random id. */
export interface HasAnsweredDoc {
  _id: string;
  pollId: Types.ObjectId;
  personId: Types.ObjectId;
}

/** One answer: no author, no time, no order (a random id). Groups are only the declared breakdowns'. */
export interface PollAnswerDoc {
  _id: string;
  pollId: Types.ObjectId;
  groups: { schoolForm?: string | null; subject?: string | null; unit?: string | null };
  /** Per choice question, the chosen option indexes (a scale: 0–4 for 1–5). */
  choices: Array<{ questionId: string; values: number[] }>;
}

/** One free-text answer, kept apart from the answer and its groups: text and question only. */
export interface PollTextDoc {
  _id: string;
  pollId: Types.ObjectId;
  questionId: string;
  text: string;
}

const memberSchema = new Schema<PanelMemberDoc>(
  {
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    municipalityCode: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    schoolForm: { type: String, enum: SCHOOL_FORMS, required: true },
    subject: { type: String, required: true, validate: storedText(PANEL_MAX.subject) },
    active: { type: Boolean, default: true },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
memberSchema.index({ personId: 1, municipalityCode: 1 }, { unique: true });
memberSchema.index({ municipalityCode: 1, active: 1 });

const settingsSchema = new Schema<PanelSettingsDoc>({
  municipalityCode: { type: String, required: true, unique: true },
  k: { type: Number, required: true, min: K_MIN, max: K_MAX },
  version: { type: Number, default: 1 },
});

const questionSchema = new Schema<QuestionDoc>(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: Object.values(questionKindValues), required: true },
    text: { type: String, required: true, validate: storedText(PANEL_MAX.question) },
    options: { type: [String], default: [] },
  },
  { _id: false },
);

const pollSchema = new Schema<PollDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    title: { type: String, required: true, validate: storedText(PANEL_MAX.title) },
    intro: { type: String, default: '', validate: storedText(PANEL_MAX.intro) },
    questions: { type: [questionSchema], default: [] },
    audience: {
      schoolForms: { type: [String], default: [] },
      subjects: { type: [String], default: [] },
      unitIds: { type: [Schema.Types.ObjectId], default: [] },
    },
    breakdowns: { type: [String], enum: Object.values(panelDimensionValues), default: [] },
    closesOn: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    state: { type: String, enum: Object.values(pollStateValues), default: 'draft' },
    k: { type: Number, default: null },
    closedEarly: { type: Boolean, default: false },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
pollSchema.index({ municipalityCode: 1, state: 1, closesOn: -1 });

// No timestamps and no version key on the three anonymous collections: nothing in them says when.
const anonymous = { timestamps: false, versionKey: false } as const;

const hasAnsweredSchema = new Schema<HasAnsweredDoc>(
  {
    _id: { type: String, default: randomId },
    pollId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, required: true },
  },
  anonymous,
);
hasAnsweredSchema.index({ pollId: 1, personId: 1 }, { unique: true });

const answerSchema = new Schema<PollAnswerDoc>(
  {
    _id: { type: String, default: randomId },
    pollId: { type: Schema.Types.ObjectId, required: true, index: true },
    groups: {
      schoolForm: { type: String, default: undefined },
      subject: { type: String, default: undefined },
      unit: { type: String, default: undefined },
    },
    choices: {
      type: [new Schema({ questionId: String, values: [Number] }, { _id: false })],
      default: [],
    },
  },
  anonymous,
);

const textSchema = new Schema<PollTextDoc>(
  {
    _id: { type: String, default: randomId },
    pollId: { type: Schema.Types.ObjectId, required: true, index: true },
    questionId: { type: String, required: true },
    text: { type: String, required: true, validate: storedText(PANEL_MAX.answerText) },
  },
  anonymous,
);

export const PanelMemberModel = mongoose.model<PanelMemberDoc>('PanelMember', memberSchema);
export const PanelSettingsModel = mongoose.model<PanelSettingsDoc>('PanelSettings', settingsSchema);
export const PollModel = mongoose.model<PollDoc>('Poll', pollSchema);
export const HasAnsweredModel = mongoose.model<HasAnsweredDoc>('PollHasAnswered', hasAnsweredSchema);
export const PollAnswerModel = mongoose.model<PollAnswerDoc>('PollAnswer', answerSchema);
export const PollTextModel = mongoose.model<PollTextDoc>('PollText', textSchema);

/** A member invited to an open poll, with the groups they answer as, frozen when the poll opened. */
export interface PollInvitedDoc {
  _id: string;
  pollId: Types.ObjectId;
  personId: Types.ObjectId;
  groups: { schoolForm: string; subject: string; unit: string };
}

const invitedSchema = new Schema<PollInvitedDoc>(
  {
    _id: { type: String, default: randomId },
    pollId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, required: true },
    groups: { schoolForm: String, subject: String, unit: String },
  },
  anonymous,
);
invitedSchema.index({ pollId: 1, personId: 1 }, { unique: true });

export const PollInvitedModel = mongoose.model<PollInvitedDoc>('PollInvited', invitedSchema);
