import type { Types } from 'mongoose';
import type { ReadScope } from '../../auth/index.js';
import { findArea, findItem, findPlan, type PlanStatus } from '../plans/index.js';
import { findGoal } from '../goals/index.js';
import type { CommentTargetType } from './comment.model.js';

/** A commentable thing: which kind, its municipality, and whether it is published. */
export interface ResolvedTarget {
  type: CommentTargetType;
  id: Types.ObjectId;
  municipalityCode: string;
  /** The plan's (or goal's) status, which decides who may see and comment. */
  status: PlanStatus;
}

/**
 * Finds what an id points to among the plans, areas, items and goals within the scope, through
 * those modules' scoped repositories; null when it is none of them or lies outside the scope
 * (the same answer). All four are asked every time, so a hidden id costs what an absent one does.
 */
export async function resolveCommentTarget(scope: ReadScope, id: Types.ObjectId): Promise<ResolvedTarget | null> {
  const [plan, area, item, goal] = await Promise.all([
    findPlan(scope, id),
    findArea(scope, id),
    findItem(scope, id),
    findGoal(scope, id),
  ]);
  const found = plan
    ? { type: 'actionPlan' as const, facts: plan }
    : goal
      ? { type: 'goal' as const, facts: goal }
      : area
        ? { type: 'area' as const, facts: area.plan }
        : item
          ? { type: 'actionItem' as const, facts: item.plan }
          : null;
  if (!found) return null;
  return { type: found.type, id, municipalityCode: found.facts.municipalityCode, status: found.facts.status };
}
