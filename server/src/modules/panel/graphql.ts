// The panel module's door for graphql/ only: its resolvers. No other code imports this file.
export { panelResolvers } from './panel.resolvers.js';
