import type { Types } from 'mongoose';
import { readScope, requireViewer, type Viewer } from '../../auth/index.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { BadInputError } from '../../shared/errors.js';
import { MAX_PAGE_SIZE } from '../../shared/pagination.js';
import { findOrganisationByCode } from '../organisations/index.js';
import { listActionPlans } from '../plans/index.js';
import type { CommentDoc } from './comment.model.js';
import { latestCommentsOnPlans } from './comment.repository.js';

/** How many recent comments one request may ask for, and how many it gets when it does not say. */
export const RECENT_COMMENTS_MAX = 50;
export const RECENT_COMMENTS_DEFAULT = 10;

/** A comment or reply with where it was written: the plan's title or the item's text, and the plan. */
export interface RecentComment {
  comment: CommentDoc;
  targetTitle: string;
  planId: string;
}

/** A request's DataLoader, as far as this file uses it. */
interface Loader<V> {
  loadMany(keys: readonly string[]): Promise<Array<V | Error>>;
}

/** The request's plan loaders that read a plan's areas and items (graphql/context.ts). */
export interface PlanChildLoaders {
  planWithChildren: Loader<unknown>;
  areasByPlan: Loader<Array<{ _id: Types.ObjectId }>>;
  itemsByArea: Loader<Array<{ _id: Types.ObjectId; text: string; planId: Types.ObjectId }>>;
}

const found = <V>(values: Array<V | Error>): V[] => values.filter((v): v is V => !(v instanceof Error));

function badInput(field: string, sv: string, en: string): BadInputError {
  return new BadInputError([{ field, message: { sv, en } }]);
}

/**
 * The newest comments and replies on a municipality's plans and their items that the viewer may
 * read, newest first. A comment is as visible as what it comments on: the plans come from the plans
 * module's own list (Query.actionPlans, the viewer's scope: no drafts for a teacher), their items
 * from the request's loaders, and only comments on those are read. An unknown municipality has none;
 * one the viewer may not read is refused as actionPlans refuses it.
 */
export async function listRecentComments(
  viewer: Viewer | null,
  args: { municipalityCode: string; first?: number | null },
  loaders: PlanChildLoaders,
): Promise<RecentComment[]> {
  const v = requireViewer({ viewer });
  const first = args.first ?? RECENT_COMMENTS_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > RECENT_COMMENTS_MAX) {
    throw badInput(
      'first',
      `måste vara mellan 1 och ${RECENT_COMMENTS_MAX}`,
      `must be between 1 and ${RECENT_COMMENTS_MAX}`,
    );
  }
  if (!/^\d{4}$/.test(args.municipalityCode)) {
    throw badInput('municipalityCode', 'är ingen kommunkod (fyra siffror)', 'is not a municipality code (four digits)');
  }
  const municipality = await findOrganisationByCode(args.municipalityCode);
  if (!municipality) return [];
  const plans = (await listActionPlans(v, { organisationId: municipality._id.toHexString(), first: MAX_PAGE_SIZE }))
    .nodes;
  if (plans.length === 0) return [];
  const planKeys = plans.map((p) => p._id.toHexString());
  // One wave reads the plans' areas and items side by side and primes the list loaders below.
  await loaders.planWithChildren.loadMany(planKeys);
  const areas = found(await loaders.areasByPlan.loadMany(planKeys)).flat();
  const items = found(await loaders.itemsByArea.loadMany(areas.map((a) => a._id.toHexString()))).flat();
  const targets = new Map<string, { title: string; planId: string }>();
  for (const p of plans) targets.set(p._id.toHexString(), { title: p.title, planId: p._id.toHexString() });
  for (const i of items) targets.set(i._id.toHexString(), { title: i.text, planId: i.planId.toHexString() });
  const comments = await latestCommentsOnPlans(readScope(v), plans, items, first);
  return comments.map((comment) => {
    const target = targets.get(comment.targetId.toHexString())!;
    return { comment, targetTitle: target.title, planId: target.planId };
  });
}

/** Query.recentComments; RecentComment's fields are the object's own. */
export const recentCommentResolvers: Resolvers = {
  Query: {
    recentComments: (_p, args, ctx) => listRecentComments(ctx.viewer, args, ctx.loaders),
  },
};
