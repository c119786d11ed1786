// The moderation module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { moderationResolvers } from './moderation.resolvers.js';
export { createModerationLoaders, type ModerationLoaders } from './moderation.loaders.js';
