import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import {
  complaintChannelValues,
  complaintStateValues,
  deficiencyAreaValues,
  deficiencySourceValues,
  deficiencyStateValues,
  interventionValues,
  type ComplaintChannel,
  type ComplaintState,
  type DeficiencyArea,
  type DeficiencySource,
  type DeficiencyState,
  type Intervention,
} from './deficiency.enums.js';

/** The longest texts, in characters as shared/validation.ts counts them. */
export const DEFICIENCY_TEXT_MAX = {
  title: 300,
  reference: 100,
  areaOther: 200,
  requirement: 5000,
  note: 2000,
  measure: 2000,
  owner: 200,
  evidence: 2000,
  url: 2000,
  name: 200,
  contact: 300,
  subject: 5000,
  investigator: 200,
  findings: 10_000,
  answer: 10_000,
} as const;

const MAX = DEFICIENCY_TEXT_MAX;
const text = (max: number, required = false) =>
  required
    ? { type: String, required: true, validate: storedText(max) }
    : { type: String, default: null, validate: storedText(max) };

/** One measure taken against a deficiency. */
export interface MeasureDoc {
  _id: Types.ObjectId;
  text: string;
  /** Who carries it out (a name or a role). */
  owner?: string | null;
  dueDate?: Date | null;
  done: boolean;
  doneAt?: Date | null;
  addedById?: Types.ObjectId | null;
  addedByName: string;
  addedAt: Date;
}

/** One piece of evidence that the deficiency is remedied (an effect seen, not only a measure done). */
export interface EvidenceDoc {
  _id: Types.ObjectId;
  text: string;
  url?: string | null;
  /** When the effect was seen. */
  date: Date;
  byId?: Types.ObjectId | null;
  byName: string;
  addedAt: Date;
}

/** One state change, kept with who made it and when. */
export interface StateChangeDoc {
  _id: Types.ObjectId;
  state: DeficiencyState;
  at: Date;
  byId?: Types.ObjectId | null;
  byName: string;
  /** The day it happened (the report sent, the follow-up decision). */
  date?: Date | null;
  note?: string | null;
}

/** A deficiency (brist) of a municipality's schools, optionally on one school unit. */
export interface DeficiencyDoc {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  municipalityCode: string;
  unitId?: Types.ObjectId | null;
  title: string;
  source: DeficiencySource;
  decisionReference?: string | null;
  decisionDate?: Date | null;
  area: DeficiencyArea;
  areaOther?: string | null;
  requirement: string;
  intervention: Intervention;
  reportDeadline?: Date | null;
  state: DeficiencyState;
  reportedAt?: Date | null;
  measures: MeasureDoc[];
  evidence: EvidenceDoc[];
  history: StateChangeDoc[];
  /** The complaint it was found through, if any. */
  complaintId?: Types.ObjectId | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const measureSchema = new Schema<MeasureDoc>({
  text: text(MAX.measure, true),
  owner: text(MAX.owner),
  dueDate: { type: Date, default: null },
  done: { type: Boolean, required: true, default: false },
  doneAt: { type: Date, default: null },
  addedById: { type: Schema.Types.ObjectId, default: null },
  addedByName: { type: String, required: true },
  addedAt: { type: Date, required: true },
});

const evidenceSchema = new Schema<EvidenceDoc>({
  text: text(MAX.evidence, true),
  url: text(MAX.url),
  date: { type: Date, required: true },
  byId: { type: Schema.Types.ObjectId, default: null },
  byName: { type: String, required: true },
  addedAt: { type: Date, required: true },
});

const stateChangeSchema = new Schema<StateChangeDoc>({
  state: { type: String, enum: Object.values(deficiencyStateValues), required: true },
  at: { type: Date, required: true },
  byId: { type: Schema.Types.ObjectId, default: null },
  byName: { type: String, required: true },
  date: { type: Date, default: null },
  note: text(MAX.note),
});

const deficiencySchema = new Schema<DeficiencyDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    title: text(MAX.title, true),
    source: { type: String, enum: Object.values(deficiencySourceValues), required: true },
    decisionReference: text(MAX.reference),
    decisionDate: { type: Date, default: null },
    area: { type: String, enum: Object.values(deficiencyAreaValues), required: true },
    areaOther: text(MAX.areaOther),
    requirement: text(MAX.requirement, true),
    intervention: { type: String, enum: Object.values(interventionValues), required: true },
    reportDeadline: { type: Date, default: null },
    state: { type: String, enum: Object.values(deficiencyStateValues), required: true, default: 'open' },
    reportedAt: { type: Date, default: null },
    measures: { type: [measureSchema], default: [] },
    evidence: { type: [evidenceSchema], default: [] },
    history: { type: [stateChangeSchema], default: [] },
    complaintId: { type: Schema.Types.ObjectId, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
deficiencySchema.index({ municipalityCode: 1, state: 1, createdAt: 1 });

export const DeficiencyModel = mongoose.model<DeficiencyDoc>('Deficiency', deficiencySchema);

/**
 * A complaint about the education (skollagen 4 kap. 7–8 §§). The complainant's name and contact
 * are personal data: only those who handle the complaint read them (see deficiency.policy.ts).
 */
export interface ComplaintDoc {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  municipalityCode: string;
  unitId?: Types.ObjectId | null;
  receivedAt: Date;
  channel: ComplaintChannel;
  complainantName?: string | null;
  complainantContact?: string | null;
  subject: string;
  confirmedAt?: Date | null;
  investigator?: string | null;
  findings?: string | null;
  investigatedAt?: Date | null;
  answeredAt?: Date | null;
  answer?: string | null;
  /** Follows the dates (complaintState); stored for the counts. */
  state: ComplaintState;
  deficiencyId?: Types.ObjectId | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const complaintSchema = new Schema<ComplaintDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    receivedAt: { type: Date, required: true },
    channel: { type: String, enum: Object.values(complaintChannelValues), required: true },
    complainantName: text(MAX.name),
    complainantContact: text(MAX.contact),
    subject: text(MAX.subject, true),
    confirmedAt: { type: Date, default: null },
    investigator: text(MAX.investigator),
    findings: text(MAX.findings),
    investigatedAt: { type: Date, default: null },
    answeredAt: { type: Date, default: null },
    answer: text(MAX.answer),
    state: { type: String, enum: Object.values(complaintStateValues), required: true, default: 'received' },
    deficiencyId: { type: Schema.Types.ObjectId, default: null },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
complaintSchema.index({ municipalityCode: 1, state: 1, receivedAt: 1 });

export const ComplaintModel = mongoose.model<ComplaintDoc>('Complaint', complaintSchema);
