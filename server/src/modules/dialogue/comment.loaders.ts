import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { CommentModel, type CommentDoc } from './comment.model.js';

const ids = (keys: readonly string[]) => mongoose.trusted({ $in: keys.map((k) => new mongoose.Types.ObjectId(k)) });

function group(keys: readonly string[], docs: CommentDoc[], key: (d: CommentDoc) => string): CommentDoc[][] {
  const map = new Map<string, CommentDoc[]>(keys.map((k) => [k, []]));
  for (const d of docs) map.get(key(d))?.push(d);
  return keys.map((k) => map.get(k)!);
}

/** Per-request loaders: top-level comments per target and replies per comment, one query each. */
export function createCommentLoaders() {
  return {
    commentsByTarget: new DataLoader<string, CommentDoc[]>(async (keys) =>
      group(
        keys,
        await CommentModel.find({ targetId: ids(keys), parentId: null })
          .sort({ createdAt: 1, _id: 1 })
          .lean<CommentDoc[]>(),
        (c) => c.targetId.toHexString(),
      ),
    ),
    repliesByParent: new DataLoader<string, CommentDoc[]>(async (keys) =>
      group(
        keys,
        await CommentModel.find({ parentId: ids(keys) })
          .sort({ createdAt: 1, _id: 1 })
          .lean<CommentDoc[]>(),
        (c) => c.parentId!.toHexString(),
      ),
    ),
  };
}

/** The comment loaders' shape, for the GraphQL context. */
export type CommentLoaders = ReturnType<typeof createCommentLoaders>;
