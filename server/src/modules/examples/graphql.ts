// The good examples module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { exampleResolvers } from './examples.resolvers.js';
export { createExampleLoaders, type ExampleLoaders } from './examples.loaders.js';
