// The coaching module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { coachingResolvers } from './coaching.resolvers.js';
export { createCoachingLoaders, type CoachingLoaders } from './coaching.loaders.js';
export { coachingRecordsResolvers } from './coaching.records.resolvers.js';
