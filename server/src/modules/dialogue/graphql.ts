// The dialogue module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { commentResolvers } from './comment.resolvers.js';
export { createCommentLoaders, type CommentLoaders } from './comment.loaders.js';
