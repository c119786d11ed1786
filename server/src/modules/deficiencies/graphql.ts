// The deficiencies module's door for graphql/ only: its resolvers. No other code imports this file.
export { deficiencyResolvers } from './deficiency.resolvers.js';
