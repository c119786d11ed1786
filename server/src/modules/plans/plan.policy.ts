import { hasRoleIn, isAdministrationOf, readsAllOf, readsPublishedOf } from '../../auth/index.js';
import type { Viewer } from '../../auth/index.js';
import type { PlanStatus } from './plan.model.js';

/** What the plan policies need to know about a plan. */
export interface PlanFacts {
  municipalityCode: string;
  status: PlanStatus;
}

/** Drafts: the municipality's administration (and admins); published plans: anyone with a reading role there. */
export function canViewPlan(viewer: Viewer | null, plan: PlanFacts): boolean {
  if (readsAllOf(viewer, plan.municipalityCode)) return true;
  return plan.status !== 'draft' && readsPublishedOf(viewer, plan.municipalityCode);
}

/** Creating and editing plans, areas and items: the municipality's administration. */
export function canEditPlan(viewer: Viewer | null, plan: Pick<PlanFacts, 'municipalityCode'>): boolean {
  return isAdministrationOf(viewer, plan.municipalityCode);
}

/** Status updates: the administration, or a principal the item is assigned to (on a published plan). */
export function canUpdateItemStatus(
  viewer: Viewer | null,
  item: { municipalityCode: string; responsibleId?: { toHexString(): string } | null },
  plan: PlanFacts,
): boolean {
  if (!viewer) return false;
  if (isAdministrationOf(viewer, plan.municipalityCode)) return true;
  return (
    plan.status !== 'draft' &&
    !!item.responsibleId &&
    item.responsibleId.toHexString() === viewer.personId &&
    hasRoleIn(viewer, item.municipalityCode, ['principal'])
  );
}
