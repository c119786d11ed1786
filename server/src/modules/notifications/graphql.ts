// The notifications module's door for graphql/ only: its resolvers. No other code imports this file.
export { notificationResolvers } from './notification.resolvers.js';
