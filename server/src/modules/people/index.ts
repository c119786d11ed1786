export { ROLES, type PersonDoc, type MembershipDoc } from './person.model.js';
export {
  login,
  logout,
  me,
  personOfMunicipality,
  demoAccounts,
  createPerson,
  setMembership,
  InvalidCredentialsError,
  type LoginOutcome,
} from './people.service.js';
export { loadViewer } from './load-viewer.js';
export { seedPeople } from './person.repository.js';
