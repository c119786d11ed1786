import type { Types } from 'mongoose';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
  type StatusUpdateDoc,
} from './plan.model.js';

// Bulk writes and lookups for the demo data and the seed and bench scripts, outside any request
// and so outside any viewer's scope. Requests read and write through plan.repository.ts.

/** A document to insert as it is: the collection's fields, checked by the schema on insert. */
export type Seed<T> = { [K in keyof T]?: unknown };

/** Documents to insert as they are (ids and dates given or defaulted by the schema). */
export interface PlanSeed {
  plans?: Seed<ActionPlanDoc>[];
  areas?: Seed<AreaDoc>[];
  items?: Seed<ActionItemDoc>[];
  updates?: Seed<StatusUpdateDoc>[];
}

/** Inserts plans, then areas, items and status updates, each kind in one unordered bulk write. */
export async function seedPlans(seed: PlanSeed): Promise<void> {
  if (seed.plans?.length) await ActionPlanModel.insertMany(seed.plans);
  if (seed.areas?.length) await AreaModel.insertMany(seed.areas);
  if (seed.items?.length) await ActionItemModel.insertMany(seed.items, { ordered: false });
  if (seed.updates?.length) await StatusUpdateModel.insertMany(seed.updates, { ordered: false });
}

/** The first plan of a municipality and how many items it has, for the bench's plan page; null when it has none. */
export async function seededPlanOf(municipalityCode: string): Promise<{ id: Types.ObjectId; items: number } | null> {
  const plan = await ActionPlanModel.findOne({ municipalityCode })
    .select({ _id: 1 })
    .lean<Pick<ActionPlanDoc, '_id'>>();
  if (!plan) return null;
  return { id: plan._id, items: await ActionItemModel.countDocuments({ planId: plan._id }) };
}
