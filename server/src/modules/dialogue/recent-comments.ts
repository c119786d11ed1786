import { readScope, requireViewer, type Viewer } from '../../auth/index.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { sizeArg } from '../../shared/pagination.js';
import { readMunicipalityPlans, type PlanChildLoaders } from '../plans/index.js';
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

/**
 * The newest comments and replies on a municipality's plans and their items that the viewer may
 * read, newest first. A comment is as visible as what it comments on: the plans and items come from
 * the plans module (readMunicipalityPlans: the viewer's scope, no drafts for a teacher), and only
 * comments on those are read.
 */
export async function listRecentComments(
  viewer: Viewer | null,
  args: { municipalityCode: string; first?: number | null },
  loaders: PlanChildLoaders,
): Promise<RecentComment[]> {
  const v = requireViewer({ viewer });
  const first = sizeArg(args.first, { default: RECENT_COMMENTS_DEFAULT, max: RECENT_COMMENTS_MAX });
  const { plans, items } = await readMunicipalityPlans(v, args.municipalityCode, loaders);
  if (plans.length === 0) return [];
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
