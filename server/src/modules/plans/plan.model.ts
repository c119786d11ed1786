import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';

import { itemStatusValues, planStatusValues, type ItemStatus, type PlanStatus } from './plan.enums.js';

export type { ItemStatus, PlanStatus } from './plan.enums.js';
export const PLAN_STATUSES: readonly PlanStatus[] = Object.values(planStatusValues);
export const ITEM_STATUSES: readonly ItemStatus[] = Object.values(itemStatusValues);

/** The longest texts plans, areas, items and status updates hold, in characters as shared/validation.ts counts them. */
export const PLAN_TEXT_MAX = {
  title: 300,
  purpose: 5000,
  startingPoint: 2000,
  roleTitle: 200,
  areaDescription: 5000,
  itemText: 2000,
  itemDescription: 10_000,
  updateText: 2000,
  evidenceUrl: 2000,
  effect: 5000,
} as const;

/** An action plan (handlingsplan) owned by a municipality. */
export interface ActionPlanDoc {
  _id: Types.ObjectId;
  title: string;
  purpose: string;
  startingPoints: string[];
  ownerId: Types.ObjectId;
  municipalityCode: string;
  /** The role that owns the plan, e.g. "Kommunchef". */
  ownerTitle?: string | null;
  responsibleId?: Types.ObjectId | null;
  /** The role with the special assignment to carry the plan out. */
  responsibleTitle?: string | null;
  /** School units taking part (e.g. a programme's named schools). */
  schoolIds: Types.ObjectId[];
  /** School years, e.g. 2013/14 to 2014/15. */
  period: { from: string; to: string };
  status: PlanStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A part of a plan (område). */
export interface AreaDoc {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  municipalityCode: string;
  title: string;
  description?: string | null;
  position: number;
  /** Archived: kept with its history, shown as such; only an area whose items are all cancelled or moved. */
  archived?: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The latest status update, copied onto the item so lists and conflicts need no extra query. */
export interface LastUpdateDoc {
  updateId: Types.ObjectId;
  text: string;
  authorId?: Types.ObjectId | null;
  authorName: string;
  at: Date;
}

/** One thing the organiser will do ("Borås Stad ska: …"). */
export interface ActionItemDoc {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  areaId: Types.ObjectId;
  municipalityCode: string;
  text: string;
  description?: string | null;
  responsibleId?: Types.ObjectId | null;
  dueDate?: Date | null;
  status: ItemStatus;
  progress: number;
  /** The effect seen, asked for when the item is closed as done. */
  effect?: string | null;
  goalIds: Types.ObjectId[];
  position: number;
  version: number;
  lastUpdate?: LastUpdateDoc | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A dated report on an item's status and progress. */
export interface StatusUpdateDoc {
  _id: Types.ObjectId;
  itemId: Types.ObjectId;
  planId: Types.ObjectId;
  municipalityCode: string;
  authorId?: Types.ObjectId | null;
  authorName: string;
  at: Date;
  status: ItemStatus;
  progress: number;
  text: string;
  evidenceUrl?: string | null;
  effect?: string | null;
}

const planSchema = new Schema<ActionPlanDoc>(
  {
    title: { type: String, required: true, validate: storedText(PLAN_TEXT_MAX.title) },
    purpose: { type: String, default: '', validate: storedText(PLAN_TEXT_MAX.purpose) },
    startingPoints: { type: [{ type: String, validate: storedText(PLAN_TEXT_MAX.startingPoint) }], default: [] },
    ownerId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityCode: { type: String, required: true },
    ownerTitle: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.roleTitle) },
    responsibleId: { type: Schema.Types.ObjectId, ref: 'Person', default: null },
    responsibleTitle: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.roleTitle) },
    schoolIds: { type: [Schema.Types.ObjectId], default: [] },
    period: { from: { type: String, required: true }, to: { type: String, required: true } },
    status: { type: String, enum: PLAN_STATUSES, required: true, default: 'draft' },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
planSchema.index({ ownerId: 1, createdAt: -1 });

const areaSchema = new Schema<AreaDoc>(
  {
    planId: { type: Schema.Types.ObjectId, ref: 'ActionPlan', required: true },
    municipalityCode: { type: String, required: true },
    title: { type: String, required: true, validate: storedText(PLAN_TEXT_MAX.title) },
    description: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.areaDescription) },
    position: { type: Number, required: true, default: 0 },
    archived: { type: Boolean, default: false },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true },
);
areaSchema.index({ planId: 1, position: 1 });

const lastUpdateSchema = new Schema<LastUpdateDoc>(
  {
    updateId: { type: Schema.Types.ObjectId, required: true },
    text: { type: String, required: true, validate: storedText(PLAN_TEXT_MAX.updateText) },
    authorId: { type: Schema.Types.ObjectId, default: null },
    authorName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const itemSchema = new Schema<ActionItemDoc>(
  {
    planId: { type: Schema.Types.ObjectId, ref: 'ActionPlan', required: true },
    areaId: { type: Schema.Types.ObjectId, ref: 'Area', required: true },
    municipalityCode: { type: String, required: true },
    text: { type: String, required: true, validate: storedText(PLAN_TEXT_MAX.itemText) },
    description: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.itemDescription) },
    responsibleId: { type: Schema.Types.ObjectId, ref: 'Person', default: null },
    dueDate: { type: Date, default: null },
    status: { type: String, enum: ITEM_STATUSES, required: true, default: 'notStarted' },
    progress: { type: Number, required: true, min: 0, max: 100, default: 0 },
    effect: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.effect) },
    goalIds: { type: [Schema.Types.ObjectId], default: [] },
    position: { type: Number, required: true, default: 0 },
    version: { type: Number, required: true, default: 1 },
    lastUpdate: { type: lastUpdateSchema, default: null },
  },
  { timestamps: true },
);
itemSchema.index({ areaId: 1, position: 1 });
itemSchema.index({ planId: 1 });
itemSchema.index({ goalIds: 1 });
itemSchema.index({ responsibleId: 1 });

const updateSchema = new Schema<StatusUpdateDoc>({
  itemId: { type: Schema.Types.ObjectId, ref: 'ActionItem', required: true },
  planId: { type: Schema.Types.ObjectId, ref: 'ActionPlan', required: true },
  municipalityCode: { type: String, required: true },
  authorId: { type: Schema.Types.ObjectId, ref: 'Person', default: null },
  authorName: { type: String, required: true },
  at: { type: Date, required: true },
  status: { type: String, enum: ITEM_STATUSES, required: true },
  progress: { type: Number, required: true, min: 0, max: 100 },
  text: { type: String, required: true, validate: storedText(PLAN_TEXT_MAX.updateText) },
  evidenceUrl: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.evidenceUrl) },
  effect: { type: String, default: null, validate: storedText(PLAN_TEXT_MAX.effect) },
});
updateSchema.index({ itemId: 1, at: -1 });

export const ActionPlanModel = mongoose.model<ActionPlanDoc>('ActionPlan', planSchema);
export const AreaModel = mongoose.model<AreaDoc>('Area', areaSchema);
export const ActionItemModel = mongoose.model<ActionItemDoc>('ActionItem', itemSchema);
export const StatusUpdateModel = mongoose.model<StatusUpdateDoc>('StatusUpdate', updateSchema);
