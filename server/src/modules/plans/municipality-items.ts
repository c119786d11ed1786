import { requireViewer, type Viewer } from '../../auth/index.js';
import { BadInputError } from '../../shared/errors.js';
import { MAX_PAGE_SIZE, sizeArg } from '../../shared/pagination.js';
import { findOrganisationByCode } from '../organisations/index.js';
import type { PlanLoaders } from './plan.loaders.js';
import type { ActionItemDoc, ActionPlanDoc } from './plan.model.js';
import { listActionPlans } from './plan.service.js';

/** How many items one request may ask for, and how many it gets when it does not say. */
export const MUNICIPALITY_ITEMS_MAX = 500;
export const MUNICIPALITY_ITEMS_DEFAULT = 200;

/** The request's plan loaders that read a plan's areas and items (graphql/context.ts). */
export type PlanChildLoaders = Pick<PlanLoaders, 'planWithChildren' | 'areasByPlan' | 'itemsByArea'>;

/** A municipality's plans the viewer may read (newest first) and their items, plan by plan in order. */
export interface MunicipalityPlans {
  plans: ActionPlanDoc[];
  items: ActionItemDoc[];
}

/**
 * The plans of a municipality that the viewer may read, with their items: what the start pages and
 * the recent comments are made of. The plans come from the plans list in the viewer's scope (no
 * drafts for those who read only what is published), their items from the request's loaders in one
 * wave. An unknown municipality has none; one the viewer may not read is refused as
 * Query.actionPlans refuses it; a code that is not four digits is bad input.
 */
export async function readMunicipalityPlans(
  viewer: Viewer | null,
  municipalityCode: string,
  loaders: PlanChildLoaders,
): Promise<MunicipalityPlans> {
  const v = requireViewer({ viewer });
  if (!/^\d{4}$/.test(municipalityCode)) {
    throw new BadInputError([
      {
        field: 'municipalityCode',
        message: { sv: 'är ingen kommunkod (fyra siffror)', en: 'is not a municipality code (four digits)' },
      },
    ]);
  }
  const municipality = await findOrganisationByCode(municipalityCode);
  if (!municipality) return { plans: [], items: [] };
  const plans = (await listActionPlans(v, { organisationId: municipality._id.toHexString(), first: MAX_PAGE_SIZE }))
    .nodes;
  if (plans.length === 0) return { plans, items: [] };
  const planKeys = plans.map((p) => p._id.toHexString());
  // One wave reads the plans with their areas and items and primes the list loaders.
  await loaders.planWithChildren.loadMany(planKeys);
  const areas = found(await loaders.areasByPlan.loadMany(planKeys)).flat();
  const items = found(await loaders.itemsByArea.loadMany(areas.map((a) => a._id.toHexString()))).flat();
  return { plans, items };
}

const found = <V>(values: Array<V | Error>): V[] => values.filter((v): v is V => !(v instanceof Error));

/**
 * Query.municipalityItems: the action items of a municipality's plans that the viewer may read,
 * plan by plan (newest plan first) and in each plan in its order — what a leader's and a principal's
 * start page sort into "needs an update" and "assigned to me".
 */
export async function listMunicipalityItems(
  viewer: Viewer | null,
  args: { municipalityCode: string; first?: number | null },
  loaders: PlanChildLoaders,
): Promise<ActionItemDoc[]> {
  requireViewer({ viewer });
  const first = sizeArg(args.first, { default: MUNICIPALITY_ITEMS_DEFAULT, max: MUNICIPALITY_ITEMS_MAX });
  const { items } = await readMunicipalityPlans(viewer, args.municipalityCode, loaders);
  return items.slice(0, first);
}
