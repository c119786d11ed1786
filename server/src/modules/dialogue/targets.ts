import type { Types } from 'mongoose';
import { ActionItemModel, ActionPlanModel, AreaModel, type ActionPlanDoc } from '../plans/index.js';
import { GoalModel } from '../goals/index.js';
import type { PlanStatus } from '../plans/index.js';
import type { CommentTargetType } from './comment.model.js';

/** A commentable thing: which kind, its municipality, and whether it is published. */
export interface ResolvedTarget {
  type: CommentTargetType;
  id: Types.ObjectId;
  municipalityCode: string;
  /** The plan's (or goal's) status, which decides who may see and comment. */
  status: PlanStatus;
}

/** Finds what an id points to among plans, areas, items and goals; null when it is none of them. */
export async function resolveCommentTarget(id: Types.ObjectId): Promise<ResolvedTarget | null> {
  const [plan, area, item, goal] = await Promise.all([
    ActionPlanModel.findById(id).select({ municipalityCode: 1, status: 1 }).lean<ActionPlanDoc>(),
    AreaModel.findById(id).select({ planId: 1 }).lean(),
    ActionItemModel.findById(id).select({ planId: 1 }).lean(),
    GoalModel.findById(id).select({ municipalityCode: 1, status: 1 }).lean(),
  ]);
  if (plan) return { type: 'actionPlan', id, municipalityCode: plan.municipalityCode, status: plan.status };
  if (goal) return { type: 'goal', id, municipalityCode: goal.municipalityCode, status: goal.status };
  const parent = area ?? item;
  if (!parent) return null;
  const owner = await ActionPlanModel.findById(parent.planId)
    .select({ municipalityCode: 1, status: 1 })
    .lean<ActionPlanDoc>();
  if (!owner) return null;
  return { type: area ? 'area' : 'actionItem', id, municipalityCode: owner.municipalityCode, status: owner.status };
}
