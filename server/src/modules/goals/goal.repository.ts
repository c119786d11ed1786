import type { Types } from 'mongoose';
import { scopeFilter, type ReadScope } from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import { GoalModel, type GoalDoc } from './goal.model.js';

// Reads of the goals collection that take the viewer's scope as a required argument (goals follow
// the plans' rules: drafts only where the viewer reads the municipality whole).

/** One goal by id within the scope, or null (hidden and absent alike). */
export function findGoal(scope: ReadScope, id: Types.ObjectId): Promise<GoalDoc | null> {
  return GoalModel.findOne({ _id: id, ...scopeFilter(scope) }).lean<GoalDoc>();
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
