import mongoose, { Schema, type Types } from 'mongoose';
import { PLAN_YEARS, storedText } from '../../shared/validation.js';
import {
  cyclePhaseValues,
  schoolFormValues,
  stepOwnerRoleValues,
  type CyclePhase,
  type SchoolForm,
  type StepOwnerRole,
} from './cycle.enums.js';

/** The longest step texts, in characters as shared/validation.ts counts them. */
export const CYCLE_TEXT_MAX = { title: 200, description: 2000, personName: 200 } as const;

/** An organiser's annual cycle for one school form and school year. */
export interface AnnualCycleDoc {
  _id: Types.ObjectId;
  /** The municipality (the organiser). */
  ownerId: Types.ObjectId;
  municipalityCode: string;
  schoolForm: SchoolForm;
  /** The calendar year the school year ends in (2027 for 2026/27), as measurements count years. */
  year: number;
  /** The school units that mark per-unit steps done. */
  unitIds: Types.ObjectId[];
  /** How many steps the cycle has, kept with each add and removal so the limit holds under races. */
  stepCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A step marked done: for a unit, or for the organiser (unitId null). */
export interface StepCompletionDoc {
  unitId: Types.ObjectId | null;
  personId: Types.ObjectId;
  personName: string;
  at: Date;
}

/** One step of a cycle; it carries its cycle's municipality so every read is scoped without the cycle. */
export interface CycleStepDoc {
  _id: Types.ObjectId;
  cycleId: Types.ObjectId;
  municipalityCode: string;
  title: string;
  description?: string | null;
  phase: CyclePhase;
  /** Calendar dates, YYYY-MM-DD (a day in Sweden, not an instant). */
  startDate: string;
  dueDate: string;
  ownerRole: StepOwnerRole;
  perUnit: boolean;
  completions: StepCompletionDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

const cycleSchema = new Schema<AnnualCycleDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    schoolForm: { type: String, enum: Object.values(schoolFormValues), required: true },
    year: { type: Number, required: true, min: PLAN_YEARS.first, max: PLAN_YEARS.last },
    unitIds: { type: [Schema.Types.ObjectId], default: [] },
    stepCount: { type: Number, required: true, default: 0, min: 0 },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
// One cycle per organiser, school form and school year.
cycleSchema.index({ municipalityCode: 1, schoolForm: 1, year: 1 }, { unique: true });

const completionSchema = new Schema<StepCompletionDoc>(
  {
    unitId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    personName: { type: String, required: true, validate: storedText(CYCLE_TEXT_MAX.personName) },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const stepSchema = new Schema<CycleStepDoc>(
  {
    cycleId: { type: Schema.Types.ObjectId, ref: 'AnnualCycle', required: true },
    municipalityCode: { type: String, required: true },
    title: { type: String, required: true, validate: storedText(CYCLE_TEXT_MAX.title) },
    description: { type: String, default: null, validate: storedText(CYCLE_TEXT_MAX.description) },
    phase: { type: String, enum: Object.values(cyclePhaseValues), required: true },
    startDate: { type: String, required: true, match: calendarDate },
    dueDate: { type: String, required: true, match: calendarDate },
    ownerRole: { type: String, enum: Object.values(stepOwnerRoleValues), required: true },
    perUnit: { type: Boolean, required: true },
    completions: { type: [completionSchema], default: [] },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
stepSchema.index({ cycleId: 1, startDate: 1, dueDate: 1 });
stepSchema.index({ municipalityCode: 1, dueDate: 1 });

export const AnnualCycleModel = mongoose.model<AnnualCycleDoc>('AnnualCycle', cycleSchema);
export const CycleStepModel = mongoose.model<CycleStepDoc>('CycleStep', stepSchema);
