import { graphql } from '../../api/generated/index.js';

/** A person's roles, each in its organisation: the people list and the role changes' answers. */
export const AdminMembershipsFields = graphql(`
  fragment AdminMemberships on Person {
    memberships {
      role
      organisation {
        id
        name
        kind
      }
    }
  }
`);

/** A one-time set-password link as an invitation or a new link gives it. */
export const AdminPasswordLinkFields = graphql(`
  fragment AdminLinkFields on PasswordLink {
    path
    expiresAt
    person {
      id
      name
    }
  }
`);

/** Municipalities matching a name, for the administrator's picker. */
export const AdminMunicipalitiesQuery = graphql(`
  query AdminMunicipalities($search: String) {
    organisations(kind: MUNICIPALITY, search: $search, first: 20) {
      totalCount
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** A municipality's administrations and school units, deactivated ones included. */
export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($municipalityCode: String!, $search: String) {
    organisations(municipalityCode: $municipalityCode, search: $search, includeInactive: true, first: 100) {
      totalCount
      nodes {
        id
        code
        kind
        name
        active
        version
        parent {
          id
        }
      }
    }
  }
`);

/** The people with a role in a municipality, with their memberships. */
export const AdminPeopleQuery = graphql(`
  query AdminPeople($municipalityCode: String!, $search: String, $includeInactive: Boolean) {
    people(municipalityCode: $municipalityCode, search: $search, includeInactive: $includeInactive, first: 100) {
      totalCount
      nodes {
        id
        name
        title
        email
        active
        invitationPending
        ...AdminMemberships
      }
    }
  }
`);

export const AdminUpdateOrganisationMutation = graphql(`
  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      active
      version
    }
  }
`);

export const AdminCreateOrganisationMutation = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      code
      kind
      name
      active
      version
    }
  }
`);

export const AdminInvitePersonMutation = graphql(`
  mutation AdminInvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      ...AdminLinkFields
    }
  }
`);

export const AdminPasswordLinkMutation = graphql(`
  mutation AdminPasswordLink($personId: ID!) {
    createPasswordLink(personId: $personId) {
      ...AdminLinkFields
    }
  }
`);

export const AdminSetPersonActiveMutation = graphql(`
  mutation AdminSetPersonActive($input: PersonActiveInput!) {
    setPersonActive(input: $input) {
      id
      active
    }
  }
`);

export const AdminAddMembershipMutation = graphql(`
  mutation AdminAddMembership($input: MembershipInput!) {
    addMembership(input: $input) {
      id
      ...AdminMemberships
    }
  }
`);

export const AdminRemoveMembershipMutation = graphql(`
  mutation AdminRemoveMembership($input: MembershipInput!) {
    removeMembership(input: $input) {
      id
      ...AdminMemberships
    }
  }
`);
