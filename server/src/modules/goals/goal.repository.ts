import mongoose, { type Types } from 'mongoose';
import { editFilter, inEditScope, scopeFilter, type EditScope, type ReadScope } from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { GoalModel, type GoalDoc } from './goal.model.js';

// Every read and write of the goals collection takes the viewer's scope as its first argument
// (goals follow the plans' rules: drafts only where the viewer reads the municipality whole).

const inIds = (ids: readonly Types.ObjectId[]) => mongoose.trusted({ $in: [...ids] });

/** One goal by id within the scope, or null (hidden and absent alike). */
export function findGoal(scope: ReadScope, id: Types.ObjectId): Promise<GoalDoc | null> {
  return GoalModel.findOne({ _id: id, ...scopeFilter(scope) })
    .lean<GoalDoc>()
    .exec();
}

/** The goals of the ids that lie within the scope, in no particular order. */
export function findGoals(scope: ReadScope, ids: readonly Types.ObjectId[]): Promise<GoalDoc[]> {
  return GoalModel.find({ _id: inIds(ids), ...scopeFilter(scope) })
    .lean<GoalDoc[]>()
    .exec();
}

/** The goals of plans within the scope, oldest first. */
export function goalsOfPlans(scope: ReadScope, planIds: readonly Types.ObjectId[]): Promise<GoalDoc[]> {
  return GoalModel.find({ planId: inIds(planIds), ...scopeFilter(scope) })
    .sort({ createdAt: 1, _id: 1 })
    .lean<GoalDoc[]>()
    .exec();
}

/** How many of the ids are goals of the municipality within the scope. */
export function countGoals(
  scope: ReadScope,
  ids: readonly Types.ObjectId[],
  municipalityCode: string,
): Promise<number> {
  return GoalModel.countDocuments({ _id: inIds(ids), municipalityCode, ...scopeFilter(scope) });
}

/** A page of an owner's goals within the scope, oldest first, and their total. */
export async function listGoalsOf(
  scope: ReadScope,
  ownerId: Types.ObjectId,
  page: PageArgs,
): Promise<{ items: GoalDoc[]; total: number }> {
  const filter = { ownerId, ...scopeFilter(scope) };
  const [items, total] = await Promise.all([
    GoalModel.find(filter).sort({ createdAt: 1, _id: 1 }).skip(page.offset).limit(page.first).lean<GoalDoc[]>(),
    GoalModel.countDocuments(filter),
  ]);
  return { items, total };
}

/** Creates a goal (version 1) with its audit event; its municipality must lie in the edit scope. */
export function insertGoal(scope: EditScope, doc: Omit<GoalDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  // A create names its municipality; one outside the edit scope is a fault of the caller, never of input.
  if (!inEditScope(scope, doc)) throw new Error('a write outside the edit scope');
  return createAudited<GoalDoc>({
    viewer: scope.viewer,
    model: GoalModel,
    doc,
    action: 'goal.create',
    targetType: 'Goal',
  });
}

/** Changes a goal of the edit scope (against a version, or whatever is current when null) with its audit event. */
export function changeGoal(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number | null,
  update: Record<string, unknown>,
  action: 'goal.update' | 'goal.addTarget' | 'goal.updateTarget' | 'goal.removeTarget',
  conflict: (current: GoalDoc | null) => Error,
): Promise<GoalDoc> {
  return updateVersioned<GoalDoc>({
    viewer: scope.viewer,
    model: GoalModel,
    id,
    where: editFilter(scope),
    expectedVersion,
    update,
    action,
    targetType: 'Goal',
    conflict,
  });
}
