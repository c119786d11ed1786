// The goals module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { goalResolvers } from './goal.resolvers.js';
export { createGoalLoaders, type GoalLoaders } from './goal.loaders.js';
