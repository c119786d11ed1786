// The dialogue module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { commentResolvers as threadResolvers } from './comment.resolvers.js';
import { recentCommentResolvers } from './recent-comments.js';

/** The dialogue module's resolvers: comment threads, and the recent comments across a municipality. */
export const commentResolvers: Resolvers = {
  ...threadResolvers,
  Query: { ...threadResolvers.Query, ...recentCommentResolvers.Query },
};
export { createCommentLoaders, type CommentLoaders } from './comment.loaders.js';
