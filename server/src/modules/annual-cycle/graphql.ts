// The annual cycle module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { annualCycleResolvers } from './cycle.resolvers.js';
export { createCycleLoaders, type CycleLoaders } from './cycle.loaders.js';
