import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import {
  reportReasonValues,
  reportStateValues,
  reportedSourceValues,
  type ReportReason,
  type ReportState,
  type ReportedSource,
} from './moderation.enums.js';

/** The longest note with a report, and how many reports a person may make in a day. */
export const REPORT_MAX = { note: 500, perDay: 20 } as const;

/**
 * After how many readers' reports a text is hidden until a moderator decides: the default, and the
 * range a municipality may set (0 turns it off; one reader alone never hides a text).
 */
export const AUTO_HIDE = { default: 3, min: 2, max: 50 } as const;

/** A municipality's moderation settings; a municipality without one has the defaults. */
export interface ModerationSettingsDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  /** 0: never hidden by reports alone. */
  autoHideAfter: number;
  version: number;
  updatedAt: Date;
}

/** One reader's report of one text. One per reader and text; never deleted, decided by a moderator. */
export interface ContentReportDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  source: ReportedSource;
  sourceId: Types.ObjectId;
  reporterId: Types.ObjectId;
  reason: ReportReason;
  note: string;
  state: ReportState;
  reviewedById: Types.ObjectId | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const reportSchema = new Schema<ContentReportDoc>(
  {
    municipalityCode: { type: String, required: true },
    source: { type: String, enum: Object.values(reportedSourceValues), required: true },
    sourceId: { type: Schema.Types.ObjectId, required: true },
    reporterId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    reason: { type: String, enum: Object.values(reportReasonValues), required: true },
    note: { type: String, default: '', validate: storedText(REPORT_MAX.note) },
    state: { type: String, enum: Object.values(reportStateValues), default: 'open' },
    reviewedById: { type: Schema.Types.ObjectId, default: null },
    reviewedByName: { type: String, default: null },
    reviewedAt: { type: Date, default: null },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
// One report per reader and text, also when they click twice at once.
reportSchema.index({ source: 1, sourceId: 1, reporterId: 1 }, { unique: true });
reportSchema.index({ municipalityCode: 1, state: 1, createdAt: 1 });
reportSchema.index({ reporterId: 1, createdAt: -1 });

export const ContentReportModel = mongoose.model<ContentReportDoc>('ContentReport', reportSchema);

const settingsSchema = new Schema<ModerationSettingsDoc>(
  {
    municipalityCode: { type: String, required: true },
    autoHideAfter: { type: Number, required: true, min: 0, max: AUTO_HIDE.max },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
settingsSchema.index({ municipalityCode: 1 }, { unique: true });

export const ModerationSettingsModel = mongoose.model<ModerationSettingsDoc>(
  'ModerationSettings',
  settingsSchema,
  'moderationSettings',
);
