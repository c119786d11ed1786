import mongoose, { Schema, type Types } from 'mongoose';
import { PLAN_STATUSES, type PlanStatus } from '../plans/index.js';
import { targetKindValues, type TargetKind } from './goal.enums.js';
import { PLAN_YEARS, storedText } from '../../shared/validation.js';

/** The longest goal title and description, in characters as shared/validation.ts counts them. */
export const GOAL_TEXT_MAX = { title: 500, description: 5000 } as const;

/** A target on an indicator: a value or a rank to reach by a year, for one organisation. */
export interface TargetDoc {
  _id: Types.ObjectId;
  indicatorId: Types.ObjectId;
  scopeId: Types.ObjectId;
  /** The scope's code, as measurements are keyed by it. */
  scopeCode: string;
  kind: TargetKind;
  targetValue?: number | null;
  targetRank?: number | null;
  targetYear: number;
}

/** The calendar years a goal runs over, both included. */
export interface GoalPeriod {
  from: number;
  to: number;
}

/** A goal statement owned by an organisation, with its measurable targets. */
export interface GoalDoc {
  _id: Types.ObjectId;
  title: string;
  description?: string | null;
  ownerId: Types.ObjectId;
  municipalityCode: string;
  /** The plan the goal belongs to, if any (e.g. a plan's starting points). */
  planId?: Types.ObjectId | null;
  status: PlanStatus;
  /** The years the goal runs over (calendar years, both included), if stated. */
  period?: GoalPeriod | null;
  targets: TargetDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const targetSchema = new Schema<TargetDoc>({
  indicatorId: { type: Schema.Types.ObjectId, ref: 'Indicator', required: true },
  scopeId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  scopeCode: { type: String, required: true },
  kind: { type: String, enum: Object.values(targetKindValues), required: true },
  targetValue: { type: Number, default: null },
  targetRank: { type: Number, default: null },
  targetYear: { type: Number, required: true, min: PLAN_YEARS.first, max: PLAN_YEARS.last },
});

const goalSchema = new Schema<GoalDoc>(
  {
    title: { type: String, required: true, validate: storedText(GOAL_TEXT_MAX.title) },
    description: { type: String, default: null, validate: storedText(GOAL_TEXT_MAX.description) },
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    planId: { type: Schema.Types.ObjectId, ref: 'ActionPlan', default: null },
    status: { type: String, enum: PLAN_STATUSES, required: true, default: 'active' },
    period: {
      type: new Schema<GoalPeriod>(
        {
          from: { type: Number, required: true, min: PLAN_YEARS.first, max: PLAN_YEARS.last },
          to: { type: Number, required: true, min: PLAN_YEARS.first, max: PLAN_YEARS.last },
        },
        { _id: false },
      ),
      default: null,
    },
    targets: { type: [targetSchema], default: [] },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
goalSchema.index({ ownerId: 1, createdAt: 1 });
goalSchema.index({ planId: 1 });

export const GoalModel = mongoose.model<GoalDoc>('Goal', goalSchema);
