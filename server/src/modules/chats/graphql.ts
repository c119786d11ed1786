// The chats module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { chatResolvers } from './chat.resolvers.js';
export { createChatLoaders } from './chat.loaders.js';
