export { OrganisationModel, type OrganisationDoc, type OrganisationKind } from './organisation.model.js';
export {
  findOrganisationByCode,
  getOrganisation,
  listOrganisations,
  createOrganisation,
} from './organisation.service.js';
export { createOrganisationLoader, loadOrganisations } from './organisation.loaders.js';
export { organisationResolvers, requiredOrganisation } from './organisation.resolvers.js';
export { toGqlEnum, fromGqlEnum } from './enum-names.js';
