import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { ReadScope } from '../../auth/index.js';
import type { CommentDoc, CommentTargetType } from './comment.model.js';
import { commentsOnTargets, repliesToComments, type TargetLookup } from './comment.repository.js';

const oids = (keys: readonly string[]) => keys.map((k) => new mongoose.Types.ObjectId(k));

function group(keys: readonly string[], docs: CommentDoc[], key: (d: CommentDoc) => string): CommentDoc[][] {
  const map = new Map<string, CommentDoc[]>(keys.map((k) => [k, []]));
  for (const d of docs) map.get(key(d))?.push(d);
  return keys.map((k) => map.get(k)!);
}

/** A request's loader of one kind of commentable thing, built with the same scope. */
interface ScopedLoader {
  loadMany(keys: string[]): Promise<Array<{ _id: mongoose.Types.ObjectId } | null | Error>>;
}

/**
 * Per-request loaders: top-level comments per target and replies per comment, one query each,
 * read through comment.repository.ts with the viewer's scope. A comment's target is checked
 * through the request's scoped loaders of plans, areas, items and goals (on a plan page already
 * read, so for free): no loader returns a comment on something outside the scope.
 */
export function createCommentLoaders(
  scope: ReadScope,
  loaders: Record<'plan' | 'area' | 'item' | 'goal', ScopedLoader>,
) {
  const byType: Record<CommentTargetType, ScopedLoader> = {
    actionPlan: loaders.plan,
    area: loaders.area,
    actionItem: loaders.item,
    goal: loaders.goal,
  };
  const targets: TargetLookup = (type, ids) => byType[type].loadMany(ids.map((id) => id.toHexString()));
  return {
    commentsByTarget: new DataLoader<string, CommentDoc[]>(async (keys) =>
      group(keys, await commentsOnTargets(scope, oids(keys), targets), (c) => c.targetId.toHexString()),
    ),
    repliesByParent: new DataLoader<string, CommentDoc[]>(async (keys) =>
      group(keys, await repliesToComments(scope, oids(keys), targets), (c) => c.parentId!.toHexString()),
    ),
  };
}

/** The comment loaders' shape, for the GraphQL context. */
export type CommentLoaders = ReturnType<typeof createCommentLoaders>;
