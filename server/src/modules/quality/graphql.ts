// The quality module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { qualityResolvers } from './quality.resolvers.js';
export { createQualityLoaders, type QualityLoaders } from './quality.loaders.js';
