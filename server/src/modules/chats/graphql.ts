// The chats module's door for graphql/ only: its resolvers. No other code imports this file.
export { chatResolvers } from './chat.resolvers.js';
