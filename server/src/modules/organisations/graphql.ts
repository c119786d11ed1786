// The organisations module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { organisationResolvers } from './organisation.resolvers.js';
export { createOrganisationLoader, organisationJoin } from './organisation.loaders.js';
