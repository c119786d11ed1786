import type { Viewer } from '../../auth/index.js';
import { canEditPlan, canViewPlan, type PlanFacts } from '../plans/index.js';

/** Goals follow the plans' rules: drafts for the administration; published goals for every reading role of the municipality. */
export function canViewGoal(viewer: Viewer | null, goal: PlanFacts): boolean {
  return canViewPlan(viewer, goal);
}

/** Goals and targets are written by the municipality's administration. */
export function canEditGoal(viewer: Viewer | null, goal: Pick<PlanFacts, 'municipalityCode'>): boolean {
  return canEditPlan(viewer, goal);
}
