// The panel module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { panelResolvers } from './panel.resolvers.js';
export { createPanelLoaders, type PanelLoaders } from './panel.loaders.js';
