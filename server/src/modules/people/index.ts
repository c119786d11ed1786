export { PersonModel, ROLES, type PersonDoc, type MembershipDoc } from './person.model.js';
export {
  login,
  logout,
  me,
  demoAccounts,
  createPerson,
  setMembership,
  InvalidCredentialsError,
  type LoginOutcome,
} from './people.service.js';
export { createPersonLoader } from './people.loaders.js';
export { peopleResolvers } from './people.resolvers.js';
