// The health module's door for graphql/ only: its resolvers. No other code imports this file.
export { healthResolvers } from './health.resolvers.js';
