import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import {
  coachingEntryKindValues,
  coachingRequestStateValues,
  coachingSubjectValues,
  engagementStateValues,
  type CoachingEntryKind,
  type CoachingRequestState,
  type CoachingSubject,
  type EngagementState,
} from './coaching.enums.js';

/** The longest texts, in characters as shared/validation.ts counts them. */
export const COACHING_MAX = {
  need: 2000,
  agreementNote: 500,
  reason: 1000,
  goal: 2000,
  entry: 8000,
  summary: 8000,
  teamName: 120,
  /** Teachers in one team engagement. */
  teachers: 12,
  /** Entries in one engagement: years of weekly notes, and a bound on what one read of it loads. */
  entries: 1000,
} as const;

/** Statistics are shown only for cells of at least this many engagements (and their complements). */
export const COACHING_K = 5;

/** Content of a closed engagement is disposed of this many months after it closed, unless a municipality sets otherwise. */
export const RETENTION_DEFAULT_MONTHS = 24;
export const RETENTION_RANGE = { min: 1, max: 120 } as const;

/**
 * A request for coaching: a teacher asks their principal, or a principal asks for a teacher or a
 * team of their unit with the school leadership's agreement on time and room; the coach service
 * accepts it and assigns a coach. The need is read by the one who asked, the principal of the unit
 * and the coach service; nothing of an engagement is stored here.
 */
export interface CoachingRequestDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  unitId: Types.ObjectId;
  teacherIds: Types.ObjectId[];
  teacherNames: string[];
  teamName: string | null;
  subject: CoachingSubject;
  need: string;
  requestedById: Types.ObjectId;
  requestedByName: string;
  requestedByRole: 'teacher' | 'principal';
  state: CoachingRequestState;
  /** The school leadership's commitment: time for the conversations, and a room. */
  timeAgreed: string | null;
  roomAgreed: string | null;
  declineReason: string | null;
  engagementId: Types.ObjectId | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the school leadership (the sponsor) sees of an engagement besides that it exists: the ICF split, agreed by teacher and coach. */
export interface CoachingAgreementDoc {
  sharesDates: boolean;
  sharesStatus: boolean;
  agreedAt: Date | null;
}

/**
 * One coaching engagement. The facts here (unit, subject, coach, teachers, dates, state) are what
 * the policy may show outside it; the goal and summary are content, readable by its teachers and
 * coach only, like every entry (CoachingEntryDoc). Disposal clears the content and keeps the facts.
 */
export interface EngagementDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  unitId: Types.ObjectId;
  requestId: Types.ObjectId;
  teacherIds: Types.ObjectId[];
  teacherNames: string[];
  teamName: string | null;
  coachId: Types.ObjectId;
  coachName: string;
  subject: CoachingSubject;
  state: EngagementState;
  agreement: CoachingAgreementDoc;
  /** Content: the goal in the teacher's words. */
  goal: string | null;
  goalSetAt: Date | null;
  /** Content: the teacher's own summary at the close. */
  summary: string | null;
  startedAt: Date;
  closedAt: Date | null;
  disposedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Content inside an engagement: a meeting, lesson visit, assignment, reflection or next step. */
export interface CoachingEntryDoc {
  _id: Types.ObjectId;
  engagementId: Types.ObjectId;
  municipalityCode: string;
  kind: CoachingEntryKind;
  /** The day it happened or is due (YYYY-MM-DD), where the kind has one. */
  date: string | null;
  text: string;
  /** An assignment's: whether the teacher has done it. */
  done: boolean;
  authorId: Types.ObjectId;
  authorName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A coach of the municipality's coach service and the subjects they coach in. */
export interface CoachProfileDoc {
  _id: Types.ObjectId;
  personId: Types.ObjectId;
  municipalityCode: string;
  name: string;
  subjects: CoachingSubject[];
}

/** A municipality's coaching settings: how long a closed engagement's content is kept. */
export interface CoachingSettingsDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  retentionMonths: number;
  version: number;
}

const subjects = Object.values(coachingSubjectValues);

const requestSchema = new Schema<CoachingRequestDoc>(
  {
    municipalityCode: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    teacherIds: { type: [Schema.Types.ObjectId], default: [] },
    teacherNames: { type: [String], default: [] },
    teamName: { type: String, default: null, validate: storedText(COACHING_MAX.teamName) },
    subject: { type: String, enum: subjects, required: true },
    need: { type: String, required: true, validate: storedText(COACHING_MAX.need) },
    requestedById: { type: Schema.Types.ObjectId, required: true },
    requestedByName: { type: String, required: true },
    requestedByRole: { type: String, enum: ['teacher', 'principal'], required: true },
    state: { type: String, enum: Object.values(coachingRequestStateValues), required: true },
    timeAgreed: { type: String, default: null, validate: storedText(COACHING_MAX.agreementNote) },
    roomAgreed: { type: String, default: null, validate: storedText(COACHING_MAX.agreementNote) },
    declineReason: { type: String, default: null, validate: storedText(COACHING_MAX.reason) },
    engagementId: { type: Schema.Types.ObjectId, default: null },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
requestSchema.index({ municipalityCode: 1, state: 1, createdAt: 1 });
requestSchema.index({ unitId: 1, createdAt: -1 });
requestSchema.index({ teacherIds: 1 });

const engagementSchema = new Schema<EngagementDoc>(
  {
    municipalityCode: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    requestId: { type: Schema.Types.ObjectId, required: true },
    teacherIds: { type: [Schema.Types.ObjectId], required: true },
    teacherNames: { type: [String], default: [] },
    teamName: { type: String, default: null },
    coachId: { type: Schema.Types.ObjectId, required: true },
    coachName: { type: String, required: true },
    subject: { type: String, enum: subjects, required: true },
    state: { type: String, enum: Object.values(engagementStateValues), default: 'active' },
    agreement: {
      type: new Schema<CoachingAgreementDoc>(
        {
          sharesDates: { type: Boolean, default: true },
          sharesStatus: { type: Boolean, default: true },
          agreedAt: { type: Date, default: null },
        },
        { _id: false },
      ),
      default: () => ({ sharesDates: true, sharesStatus: true, agreedAt: null }),
    },
    goal: { type: String, default: null, validate: storedText(COACHING_MAX.goal) },
    goalSetAt: { type: Date, default: null },
    summary: { type: String, default: null, validate: storedText(COACHING_MAX.summary) },
    startedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    disposedAt: { type: Date, default: null },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
// One engagement per request, also when two coaches accept it at the same moment.
engagementSchema.index({ requestId: 1 }, { unique: true });
engagementSchema.index({ coachId: 1, state: 1 });
engagementSchema.index({ teacherIds: 1 });
engagementSchema.index({ municipalityCode: 1, state: 1, closedAt: 1 });

const entrySchema = new Schema<CoachingEntryDoc>(
  {
    engagementId: { type: Schema.Types.ObjectId, required: true },
    municipalityCode: { type: String, required: true },
    kind: { type: String, enum: Object.values(coachingEntryKindValues), required: true },
    date: { type: String, default: null },
    text: { type: String, required: true, validate: storedText(COACHING_MAX.entry) },
    done: { type: Boolean, default: false },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
entrySchema.index({ engagementId: 1, createdAt: 1 });

const profileSchema = new Schema<CoachProfileDoc>({
  personId: { type: Schema.Types.ObjectId, required: true },
  municipalityCode: { type: String, required: true },
  name: { type: String, required: true },
  subjects: { type: [{ type: String, enum: subjects }], default: [] },
});
profileSchema.index({ personId: 1, municipalityCode: 1 }, { unique: true });

const settingsSchema = new Schema<CoachingSettingsDoc>({
  municipalityCode: { type: String, required: true },
  retentionMonths: { type: Number, required: true, min: RETENTION_RANGE.min, max: RETENTION_RANGE.max },
  version: { type: Number, default: 1 },
});
settingsSchema.index({ municipalityCode: 1 }, { unique: true });

export const CoachingRequestModel = mongoose.model<CoachingRequestDoc>(
  'CoachingRequest',
  requestSchema,
  'coachingRequests',
);
export const EngagementModel = mongoose.model<EngagementDoc>(
  'CoachingEngagement',
  engagementSchema,
  'coachingEngagements',
);
export const CoachingEntryModel = mongoose.model<CoachingEntryDoc>('CoachingEntry', entrySchema, 'coachingEntries');
export const CoachProfileModel = mongoose.model<CoachProfileDoc>('CoachProfile', profileSchema, 'coachProfiles');
export const CoachingSettingsModel = mongoose.model<CoachingSettingsDoc>(
  'CoachingSettings',
  settingsSchema,
  'coachingSettings',
);
