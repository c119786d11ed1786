import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import {
  meetingGroupKindValues,
  meetingKindValues,
  type MeetingGroupKind,
  type MeetingKind,
} from './meetings.enums.js';

/** The longest texts and the largest numbers of meetings, in characters as shared/validation.ts counts them. */
export const MEETING_MAX = {
  title: 200,
  place: 200,
  description: 4000,
  cap: 10_000,
  groupName: 100,
  groups: 40,
  factor: 500,
  theme: 100,
  /** The success factors a home group agrees on. */
  factorsPerGroup: 5,
  /** Why a meeting is cancelled. */
  cancelReason: 1000,
} as const;

/** A meeting the administration invites the municipality's people to. */
export interface MeetingDoc {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  municipalityCode: string;
  kind: MeetingKind;
  title: string;
  description: string;
  /** The day it is held, YYYY-MM-DD in Sweden. */
  date: string;
  place: string;
  /** The most who may sign up, or null for no cap. */
  cap: number | null;
  /** The places still free (null without a cap): taken and given back atomically, so the cap holds. */
  seatsLeft: number | null;
  /**
   * The places taken (with or without a cap), changed in the same update as seatsLeft, so a new cap
   * is checked against it in one conditional write. Older documents without it count 0.
   */
  taken?: number;
  /** When the organiser cancelled it, or null; a cancelled meeting stays readable, marked. */
  cancelledAt: Date | null;
  /** The organiser's reason, shown on the meeting's page. */
  cancelReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One person's sign-up; cancelling keeps the record, inactive. */
export interface MeetingSignupDoc {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId;
  personId: Types.ObjectId;
  name: string;
  municipalityCode: string;
  /** Holds a place. */
  active: boolean;
  /** On the waiting list of a full meeting (never together with active). */
  waiting?: boolean;
  /** When they joined the waiting list: the first in line gets the next place. */
  queuedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A group of a dialogue meeting. */
export interface MeetingGroupDoc {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId;
  municipalityCode: string;
  kind: MeetingGroupKind;
  name: string;
  position: number;
  memberIds: Types.ObjectId[];
  /** The group's success factors not withdrawn: kept with a conditional increment, so the limit holds. */
  factorCount: number;
  createdAt: Date;
}

/** One success factor a home group agreed on. Withdrawn factors stay, marked; edits are audited. */
export interface SuccessFactorDoc {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId;
  groupId: Types.ObjectId;
  municipalityCode: string;
  text: string;
  /** The organiser's theme for the synthesis, or null. Setting it leaves the text's version alone. */
  theme: string | null;
  authorId: Types.ObjectId;
  authorName: string;
  editedAt: Date | null;
  /** Every earlier wording, oldest first, with who replaced it and when. */
  history: Array<{ text: string; editedAt: Date; editorName: string }>;
  withdrawn: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const meetingSchema = new Schema<MeetingDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    kind: { type: String, enum: Object.values(meetingKindValues), required: true },
    title: { type: String, required: true, validate: storedText(MEETING_MAX.title) },
    description: { type: String, default: '', validate: storedText(MEETING_MAX.description) },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    place: { type: String, required: true, validate: storedText(MEETING_MAX.place) },
    cap: { type: Number, default: null, min: 1 },
    seatsLeft: { type: Number, default: null, min: 0 },
    taken: { type: Number, default: 0, min: 0 },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: null, validate: storedText(MEETING_MAX.cancelReason) },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
meetingSchema.index({ municipalityCode: 1, date: -1 });

const signupSchema = new Schema<MeetingSignupDoc>(
  {
    meetingId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    name: { type: String, required: true },
    municipalityCode: { type: String, required: true },
    active: { type: Boolean, default: true },
    waiting: { type: Boolean, default: false },
    queuedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
signupSchema.index({ meetingId: 1, personId: 1 }, { unique: true });
signupSchema.index({ meetingId: 1, waiting: 1, queuedAt: 1 });

const groupSchema = new Schema<MeetingGroupDoc>(
  {
    meetingId: { type: Schema.Types.ObjectId, required: true, index: true },
    municipalityCode: { type: String, required: true },
    kind: { type: String, enum: Object.values(meetingGroupKindValues), required: true },
    name: { type: String, required: true, validate: storedText(MEETING_MAX.groupName) },
    position: { type: Number, required: true },
    memberIds: { type: [Schema.Types.ObjectId], default: [] },
    factorCount: { type: Number, default: 0, min: 0, max: MEETING_MAX.factorsPerGroup },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

const factorSchema = new Schema<SuccessFactorDoc>(
  {
    meetingId: { type: Schema.Types.ObjectId, required: true, index: true },
    groupId: { type: Schema.Types.ObjectId, required: true, index: true },
    municipalityCode: { type: String, required: true },
    text: { type: String, required: true, validate: storedText(MEETING_MAX.factor) },
    theme: { type: String, default: null, validate: storedText(MEETING_MAX.theme) },
    authorId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    authorName: { type: String, required: true },
    editedAt: { type: Date, default: null },
    history: {
      type: [{ _id: false, text: String, editedAt: Date, editorName: String }],
      default: [],
    },
    withdrawn: { type: Boolean, default: false },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);

export const MeetingModel = mongoose.model<MeetingDoc>('Meeting', meetingSchema);
export const MeetingSignupModel = mongoose.model<MeetingSignupDoc>('MeetingSignup', signupSchema);
export const MeetingGroupModel = mongoose.model<MeetingGroupDoc>('MeetingGroup', groupSchema);
export const SuccessFactorModel = mongoose.model<SuccessFactorDoc>('SuccessFactor', factorSchema);
