import mongoose, { type Types } from 'mongoose';
import { scopeFilter, type ReadScope } from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import { ActionPlanModel, type ActionPlanDoc, type PlanStatus } from './plan.model.js';

// Reads of the plans collection that take the viewer's scope as a required argument: a plan read
// here cannot leave the municipalities (and the drafts) the scope covers.

/** One plan by id within the scope, or null (hidden and absent alike). */
export function findPlan(scope: ReadScope, id: Types.ObjectId): Promise<ActionPlanDoc | null> {
  return ActionPlanModel.findOne({ _id: id, ...scopeFilter(scope) }).lean<ActionPlanDoc>();
}

/** A page of an owner's plans with the given statuses within the scope, newest first, and their total. */
export async function listPlans(
  scope: ReadScope,
  where: { ownerId: Types.ObjectId; statuses: PlanStatus[] },
  page: PageArgs,
): Promise<{ items: ActionPlanDoc[]; total: number }> {
  const filter = { ownerId: where.ownerId, status: mongoose.trusted({ $in: where.statuses }), ...scopeFilter(scope) };
  const [items, total] = await Promise.all([
    ActionPlanModel.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip(page.offset)
      .limit(page.first)
      .lean<ActionPlanDoc[]>(),
    ActionPlanModel.countDocuments(filter),
  ]);
  return { items, total };
}
