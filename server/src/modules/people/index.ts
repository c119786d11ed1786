export { ROLES, type PersonDoc, type MembershipDoc } from './person.model.js';
export {
  login,
  logout,
  me,
  personOfMunicipality,
  demoAccounts,
  createPerson,
  setMembership,
  listPeople,
  invitePerson,
  createPasswordLink,
  setPersonActive,
  setPasswordWithLink,
  InvalidPasswordLinkError,
  type PasswordLink,
  InvalidCredentialsError,
  type LoginOutcome,
} from './people.service.js';
export { loadSocketViewer, loadViewer } from './load-viewer.js';
export { findPeople, pagePeopleOf, teachersOfUnits } from './person.repository.js';
export { seedPeople } from './person.repository.js';
