export {
  OrganisationModel,
  ORGANISATION_TEXT_MAX,
  type OrganisationDoc,
  type OrganisationKind,
} from './organisation.model.js';
export {
  findOrganisationByCode,
  getOrganisation,
  listOrganisations,
  createOrganisation,
} from './organisation.service.js';
export { loadOrganisations, requiredOrganisation } from './organisation.loaders.js';
