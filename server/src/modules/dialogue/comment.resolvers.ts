import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { commentTargetTypeValues, stanceValues } from './comment.enums.js';
import { pageOf } from '../../shared/pagination.js';
import { canSeeFullComment } from './comment.policy.js';
import { addComment, editComment, hideComment, listComments } from './comment.service.js';

/** Comments: hidden ones keep their reason visible; their text only for the author and moderators. */
export const commentResolvers: Resolvers = {
  Stance: stanceValues,
  CommentTargetType: commentTargetTypeValues,
  Query: {
    comments: (_p, args, ctx) => listComments(ctx.viewer, args),
  },
  Mutation: {
    addComment: (_p, args, ctx) => addComment(ctx.viewer, args.input),
    editComment: (_p, args, ctx) => editComment(ctx.viewer, args.input),
    hideComment: (_p, args, ctx) => hideComment(ctx.viewer, args.input),
  },
  Comment: {
    id: (c) => c._id.toHexString(),
    targetId: (c) => c.targetId.toHexString(),
    parentId: (c) => c.parentId?.toHexString() ?? null,
    author: (c, _a, ctx) => ctx.loaders.person.load(c.authorId.toHexString()),
    text: (c, _a, ctx) => (!c.hidden || canSeeFullComment(ctx.viewer, c) ? c.text : null),
    stance: (c) => c.stance ?? null,
    hidden: (c) => !!c.hidden,
    hiddenReason: (c) => c.hidden?.reason ?? null,
    hiddenAt: (c) => c.hidden?.at ?? null,
    edited: (c) => c.history.length > 0,
    history: (c, _a, ctx) =>
      canSeeFullComment(ctx.viewer, c)
        ? c.history.map((h) => ({
            text: h.text,
            stance: h.stance ?? null,
            editedAt: h.editedAt,
          }))
        : [],
    replies: (c, _a, ctx) => (c.parentId ? [] : ctx.loaders.repliesByParent.load(c._id.toHexString())),
  },
  // Comments on plans, areas, items and goals: the loaders (the viewer's scope) keep only those on a target in the scope.
  ActionPlan: {
    comments: async (p, args, ctx) => pageOf(await ctx.loaders.commentsByTarget.load(p._id.toHexString()), args),
  },
  Area: {
    comments: async (a, args, ctx) => pageOf(await ctx.loaders.commentsByTarget.load(a._id.toHexString()), args),
  },
  ActionItem: {
    comments: async (i, args, ctx) => pageOf(await ctx.loaders.commentsByTarget.load(i._id.toHexString()), args),
  },
  Goal: {
    comments: async (g, args, ctx) => pageOf(await ctx.loaders.commentsByTarget.load(g._id.toHexString()), args),
  },
};
