import { requireViewer, type Viewer } from '../../auth/index.js';
import { BadInputError } from '../../shared/errors.js';
import { MAX_PAGE_SIZE } from '../../shared/pagination.js';
import { findOrganisationByCode } from '../organisations/index.js';
import type { PlanLoaders } from './plan.loaders.js';
import type { ActionItemDoc } from './plan.model.js';
import { listActionPlans } from './plan.service.js';

/** How many items one request may ask for, and how many it gets when it does not say. */
export const MUNICIPALITY_ITEMS_MAX = 500;
export const MUNICIPALITY_ITEMS_DEFAULT = 200;

function badInput(field: string, sv: string, en: string): BadInputError {
  return new BadInputError([{ field, message: { sv, en } }]);
}

/**
 * The action items of a municipality's plans that the viewer may read, plan by plan (newest plan
 * first) and in each plan in its order: what a leader's and a principal's start page sort into
 * "needs an update" and "assigned to me". The plans come from the plans list in the viewer's scope
 * (no drafts for those who read only what is published), their items from the request's loaders in
 * one wave. An unknown municipality has none; one the viewer may not read is refused as
 * Query.actionPlans refuses it.
 */
export async function listMunicipalityItems(
  viewer: Viewer | null,
  args: { municipalityCode: string; first?: number | null },
  loaders: Pick<PlanLoaders, 'planWithChildren' | 'areasByPlan' | 'itemsByArea'>,
): Promise<ActionItemDoc[]> {
  const v = requireViewer({ viewer });
  const first = args.first ?? MUNICIPALITY_ITEMS_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > MUNICIPALITY_ITEMS_MAX) {
    throw badInput(
      'first',
      `måste vara mellan 1 och ${MUNICIPALITY_ITEMS_MAX}`,
      `must be between 1 and ${MUNICIPALITY_ITEMS_MAX}`,
    );
  }
  if (!/^\d{4}$/.test(args.municipalityCode)) {
    throw badInput('municipalityCode', 'är ingen kommunkod (fyra siffror)', 'is not a municipality code (four digits)');
  }
  const municipality = await findOrganisationByCode(args.municipalityCode);
  if (!municipality) return [];
  const plans = (await listActionPlans(v, { organisationId: municipality._id.toHexString(), first: MAX_PAGE_SIZE }))
    .nodes;
  const planKeys = plans.map((p) => p._id.toHexString());
  // One wave reads the plans with their areas and items and primes the list loaders.
  await loaders.planWithChildren.loadMany(planKeys);
  const areas = (await loaders.areasByPlan.loadMany(planKeys)).flatMap((a) => (a instanceof Error ? [] : a));
  const items = (await loaders.itemsByArea.loadMany(areas.map((a) => a._id.toHexString()))).flatMap((i) =>
    i instanceof Error ? [] : i,
  );
  return items.slice(0, first);
}
