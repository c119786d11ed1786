import { isAdministrationOf, type Viewer } from '../../auth/index.js';
import type { Types } from 'mongoose';

/** What the cycle policies need to know of a cycle. */
export interface CycleFacts {
  municipalityCode: string;
  unitIds: readonly Types.ObjectId[];
}

/** Cycles and their steps are written by the municipality's administration. */
export function canEditCycle(viewer: Viewer | null, cycle: Pick<CycleFacts, 'municipalityCode'>): boolean {
  return isAdministrationOf(viewer, cycle.municipalityCode);
}

/** The units of the cycle the viewer leads as principal, in the cycle's order. */
export function viewerUnitsIn(viewer: Viewer | null, cycle: CycleFacts): Types.ObjectId[] {
  const led = new Set(
    (viewer?.memberships ?? [])
      .filter((m) => m.role === 'principal' && m.municipalityCode === cycle.municipalityCode)
      .map((m) => m.organisationId),
  );
  return cycle.unitIds.filter((id) => led.has(id.toHexString()));
}

/**
 * Who marks a step done: a per-unit step, the principal of that unit of the cycle; a step done
 * once for the organiser, its administration.
 */
export function canMarkStep(
  viewer: Viewer | null,
  cycle: CycleFacts,
  step: { perUnit: boolean },
  unitId: Types.ObjectId | null,
): boolean {
  if (!step.perUnit) return unitId === null && isAdministrationOf(viewer, cycle.municipalityCode);
  return !!unitId && viewerUnitsIn(viewer, cycle).some((id) => id.equals(unitId));
}
