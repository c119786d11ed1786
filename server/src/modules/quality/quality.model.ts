import mongoose, { Schema, type Types } from 'mongoose';
import { PLAN_YEARS, storedText } from '../../shared/validation.js';
import {
  carriedOutValues,
  contributorRightValues,
  effectAnswerValues,
  evidenceKindValues,
  qualityThemeValues,
  reportKindValues,
  reportStatusValues,
  textSectionValues,
  type CarriedOut,
  type ContributorRight,
  type EffectAnswer,
  type EvidenceKind,
  type QualityTheme,
  type ReportKind,
  type ReportStatus,
  type TextSection,
} from './quality.enums.js';

/** Limits of a report, in characters as shared/validation.ts counts them, and in entries. */
export const QUALITY_MAX = {
  sectionText: 20_000,
  title: 300,
  description: 5000,
  cause: 3000,
  evidence: 3000,
  measure: 2000,
  owner: 200,
  effect: 2000,
  how: 1000,
  comment: 5000,
  areas: 12,
  causesPerArea: 10,
  measures: 40,
  followUps: 60,
  comments: 300,
  contributors: 40,
} as const;

/** Who last changed a section, and its own version: sections are saved one at a time. */
export interface SectionMeta {
  version: number;
  updatedAt?: Date | null;
  updatedByName?: string | null;
}

/** A cause of a result, with what it rests on. */
export interface CauseDoc {
  _id: Types.ObjectId;
  text: string;
  evidenceKind: EvidenceKind;
  evidence: string;
  /** The indicator a measured cause cites, from the catalogue. */
  indicatorKey?: string | null;
}

/** A development area and its causes. */
export interface DevelopmentAreaDoc {
  _id: Types.ObjectId;
  title: string;
  theme: QualityTheme;
  description?: string | null;
  causes: CauseDoc[];
}

/** A decided measure: what, who, by when, which cause it targets, which indicator it should move and how. */
export interface MeasureDoc {
  _id: Types.ObjectId;
  text: string;
  ownerName: string;
  dueDate?: Date | null;
  causeId?: Types.ObjectId | null;
  indicatorKey?: string | null;
  expectedEffect: string;
}

/** A measure that became an action item of a plan; kept apart from the measures so a link never moves their version. */
export interface MeasureLinkDoc {
  measureId: Types.ObjectId;
  actionItemId: Types.ObjectId;
}

/** An earlier report's measure carried into this one, with the two answers of its follow-up. */
export interface FollowUpDoc {
  _id: Types.ObjectId;
  fromReportId: Types.ObjectId;
  fromYear: number;
  measureId: Types.ObjectId;
  /** The measure as it stood when it was carried forward. */
  text: string;
  ownerName: string;
  expectedEffect: string;
  indicatorKey?: string | null;
  actionItemId?: Types.ObjectId | null;
  carriedOut?: CarriedOut | null;
  carriedOutEvidence?: string | null;
  effect?: EffectAnswer | null;
  effectEvidence?: string | null;
}

/** Who took part in the analysis (skollagen 4 kap. 4 §): teachers, other staff and pupils; guardians offered to. */
export interface ParticipationDoc extends SectionMeta {
  teachers?: boolean | null;
  teachersHow?: string | null;
  staff?: boolean | null;
  staffHow?: string | null;
  pupils?: boolean | null;
  pupilsHow?: string | null;
  guardiansOffered?: boolean | null;
  guardiansDate?: Date | null;
  guardiansHow?: string | null;
}

/** A comment on the report: the administration's review or an invited colleague's. */
export interface ReviewCommentDoc {
  _id: Types.ObjectId;
  authorId: Types.ObjectId;
  authorName: string;
  at: Date;
  text: string;
  /** The status the report had when the comment was written (a return's reason carries `returned`). */
  status: ReportStatus;
}

/** One change of status, for the report's history. */
export interface StatusChangeDoc {
  status: ReportStatus;
  at: Date;
  byName: string;
}

/** A colleague invited to a report. */
export interface ContributorDoc {
  personId: Types.ObjectId;
  name: string;
  right: ContributorRight;
}

/** One school unit's (or the organiser's) quality report for one school year. */
export interface QualityReportDoc {
  _id: Types.ObjectId;
  kind: ReportKind;
  organisationId: Types.ObjectId;
  organisationCode: string;
  municipalityCode: string;
  /** The calendar year the school year ends in (2026 = 2025/26), as measurements are keyed. */
  year: number;
  status: ReportStatus;
  /** The optional headings the organiser's template included when the report was made. */
  headings: TextSection[];
  texts: Record<TextSection, SectionMeta & { text: string }>;
  developmentAreas: SectionMeta & { areas: DevelopmentAreaDoc[] };
  measures: SectionMeta & { measures: MeasureDoc[] };
  participation: ParticipationDoc;
  followUps: SectionMeta & { followUps: FollowUpDoc[] };
  comments: ReviewCommentDoc[];
  history: StatusChangeDoc[];
  contributors: ContributorDoc[];
  measureLinks: MeasureLinkDoc[];
  /** Measures being turned into action items right now: one at a time each. */
  measureReservations: Types.ObjectId[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The development areas section. */
export type DevelopmentAreasDoc = QualityReportDoc['developmentAreas'];
/** The follow-ups section. */
export type FollowUpsDoc = QualityReportDoc['followUps'];

/** The organiser's template: which optional headings its units' reports have, and its guidance per heading. */
export interface QualityTemplateDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  headings: TextSection[];
  guidance: Partial<Record<TextSection, string | null>>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const M = QUALITY_MAX;
const text = (max: number, required = false) =>
  required
    ? { type: String, required: true, validate: storedText(max) }
    : { type: String, default: null, validate: storedText(max) };
const meta = { version: { type: Number, required: true, default: 1 }, updatedAt: Date, updatedByName: String };

const causeSchema = new Schema<CauseDoc>({
  text: text(M.cause, true),
  evidenceKind: { type: String, enum: Object.values(evidenceKindValues), required: true },
  evidence: text(M.evidence, true),
  indicatorKey: { type: String, default: null },
});
const areaSchema = new Schema<DevelopmentAreaDoc>({
  title: text(M.title, true),
  theme: { type: String, enum: Object.values(qualityThemeValues), required: true },
  description: text(M.description),
  causes: { type: [causeSchema], default: [] },
});
const measureSchema = new Schema<MeasureDoc>({
  text: text(M.measure, true),
  ownerName: text(M.owner, true),
  dueDate: { type: Date, default: null },
  causeId: { type: Schema.Types.ObjectId, default: null },
  indicatorKey: { type: String, default: null },
  expectedEffect: text(M.effect, true),
});
const followUpSchema = new Schema<FollowUpDoc>({
  fromReportId: { type: Schema.Types.ObjectId, required: true },
  fromYear: { type: Number, required: true },
  measureId: { type: Schema.Types.ObjectId, required: true },
  text: { type: String, required: true },
  ownerName: { type: String, required: true },
  expectedEffect: { type: String, required: true },
  indicatorKey: { type: String, default: null },
  actionItemId: { type: Schema.Types.ObjectId, default: null },
  carriedOut: { type: String, enum: [null, ...Object.values(carriedOutValues)], default: null },
  carriedOutEvidence: text(M.evidence),
  effect: { type: String, enum: [null, ...Object.values(effectAnswerValues)], default: null },
  effectEvidence: text(M.evidence),
});
const textSectionSchema = new Schema(
  { ...meta, text: { type: String, default: '', validate: storedText(M.sectionText) } },
  { _id: false },
);

const reportSchema = new Schema<QualityReportDoc>(
  {
    kind: { type: String, enum: Object.values(reportKindValues), required: true },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    organisationCode: { type: String, required: true },
    municipalityCode: { type: String, required: true },
    year: { type: Number, required: true, min: PLAN_YEARS.first, max: PLAN_YEARS.last },
    status: { type: String, enum: Object.values(reportStatusValues), required: true, default: 'draft' },
    headings: { type: [String], enum: Object.values(textSectionValues), default: [] },
    texts: {
      conditions: { type: textSectionSchema, default: () => ({ version: 1, text: '' }) },
      implementation: { type: textSectionSchema, default: () => ({ version: 1, text: '' }) },
      results: { type: textSectionSchema, default: () => ({ version: 1, text: '' }) },
      analysis: { type: textSectionSchema, default: () => ({ version: 1, text: '' }) },
    },
    developmentAreas: { ...meta, areas: { type: [areaSchema], default: [] } },
    measures: { ...meta, measures: { type: [measureSchema], default: [] } },
    participation: {
      ...meta,
      teachers: { type: Boolean, default: null },
      teachersHow: text(M.how),
      staff: { type: Boolean, default: null },
      staffHow: text(M.how),
      pupils: { type: Boolean, default: null },
      pupilsHow: text(M.how),
      guardiansOffered: { type: Boolean, default: null },
      guardiansDate: { type: Date, default: null },
      guardiansHow: text(M.how),
    },
    followUps: { ...meta, followUps: { type: [followUpSchema], default: [] } },
    comments: {
      type: [
        new Schema<ReviewCommentDoc>({
          authorId: { type: Schema.Types.ObjectId, required: true },
          authorName: { type: String, required: true },
          at: { type: Date, required: true },
          text: text(M.comment, true),
          status: { type: String, enum: Object.values(reportStatusValues), required: true },
        }),
      ],
      default: [],
    },
    history: {
      type: [
        new Schema<StatusChangeDoc>(
          {
            status: { type: String, enum: Object.values(reportStatusValues), required: true },
            at: { type: Date, required: true },
            byName: { type: String, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    contributors: {
      type: [
        new Schema<ContributorDoc>(
          {
            personId: { type: Schema.Types.ObjectId, required: true },
            name: { type: String, required: true },
            right: { type: String, enum: Object.values(contributorRightValues), required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    measureLinks: {
      type: [
        new Schema<MeasureLinkDoc>(
          {
            measureId: { type: Schema.Types.ObjectId, required: true },
            actionItemId: { type: Schema.Types.ObjectId, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    measureReservations: { type: [Schema.Types.ObjectId], default: [] },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
// One report per organisation and school year.
reportSchema.index({ organisationId: 1, year: 1 }, { unique: true });
reportSchema.index({ municipalityCode: 1, year: 1 });
reportSchema.index({ 'measureLinks.actionItemId': 1 });

export const QualityReportModel = mongoose.model<QualityReportDoc>('QualityReport', reportSchema);

const templateSchema = new Schema<QualityTemplateDoc>(
  {
    municipalityCode: { type: String, required: true, unique: true },
    headings: { type: [String], enum: Object.values(textSectionValues), default: [] },
    guidance: {
      conditions: text(M.description),
      implementation: text(M.description),
      results: text(M.description),
      analysis: text(M.description),
    },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
export const QualityTemplateModel = mongoose.model<QualityTemplateDoc>('QualityTemplate', templateSchema);
