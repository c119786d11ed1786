// The indicators module's door for graphql/ only: its resolvers. No other code imports this file.
export { indicatorsResolvers } from './indicators.resolvers.js';
