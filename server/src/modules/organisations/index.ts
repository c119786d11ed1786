export { ORGANISATION_TEXT_MAX, type OrganisationDoc, type OrganisationKind } from './organisation.model.js';
export {
  findOrganisationByCode,
  findMunicipality,
  findOrganisation,
  countSchoolUnits,
  getOrganisation,
  listOrganisations,
  createOrganisation,
  updateOrganisation,
} from './organisation.service.js';
export { anyOrganisation, seedOrganisations, findOrganisationsByIds } from './organisation.repository.js';
export { loadOrganisations, requiredOrganisation } from './organisation.loaders.js';
