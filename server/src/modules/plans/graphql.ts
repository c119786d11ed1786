// The plans module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { planResolvers } from './plan.resolvers.js';
export { createPlanLoaders, type PlanLoaders } from './plan.loaders.js';
