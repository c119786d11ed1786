// The audit module's door for graphql/ only: its resolvers. No other code imports this file.
export { auditResolvers } from './audit.resolvers.js';
