import { graphql } from '../../api/generated/index.js';

/** The signed-in person with every membership (role in an organisation): what the session keeps. */
export const SessionPersonFields = graphql(`
  fragment SessionPerson on Person {
    id
    name
    title
    email
    memberships {
      role
      organisation {
        id
        code
        kind
        name
        municipalityCode
        parent {
          id
          name
          code
        }
      }
    }
  }
`);

/** The signed-in person, or none. */
export const ViewerQuery = graphql(`
  query SessionViewer {
    me {
      ...SessionPerson
    }
  }
`);

/** Demo accounts for one-click sign-in (empty unless the demo is loaded). */
export const DemoAccountsQuery = graphql(`
  query SessionDemoAccounts {
    demoAccounts {
      email
      name
      role
      organisationName
    }
  }
`);

/** Signs in; the session cookie comes back with the answer. */
export const LoginMutation = graphql(`
  mutation SessionLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      person {
        ...SessionPerson
      }
    }
  }
`);

/** Ends the session. */
export const LogoutMutation = graphql(`
  mutation SessionLogout {
    logout
  }
`);

/** Sets a password through a one-time link; signs in like the login does. */
export const SetPasswordMutation = graphql(`
  mutation SessionSetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      expiresAt
      person {
        ...SessionPerson
      }
    }
  }
`);
