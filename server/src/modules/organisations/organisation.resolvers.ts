import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { organisationKindValues } from './organisation.enums.js';
import {
  createOrganisation,
  findOrganisationByCode,
  listOrganisations,
  updateOrganisation,
} from './organisation.service.js';

/** Organisation queries (public registry data) and the admin's createOrganisation. */
export const organisationResolvers: Resolvers = {
  OrganisationKind: organisationKindValues,
  Query: {
    organisation: (_p, args) => findOrganisationByCode(args.code),
    organisations: (_p, args) =>
      listOrganisations(
        {
          kind: args.kind ?? undefined,
          municipalityCode: args.municipalityCode ?? undefined,
          search: args.search ?? undefined,
          includeInactive: args.includeInactive ?? undefined,
        },
        args,
      ),
  },
  Mutation: {
    createOrganisation: (_p, args, ctx) => createOrganisation(ctx.viewer, args.input),
    updateOrganisation: (_p, args, ctx) => updateOrganisation(ctx.viewer, args.input),
  },
  Organisation: {
    id: (o) => o._id.toHexString(),
    active: (o) => o.active !== false,
    version: (o) => o.version ?? 1,
    parent: (o, _a, ctx) => (o.parentId ? ctx.loaders.organisation.load(o.parentId.toHexString()) : null),
    children: (o, args) => listOrganisations({ parentId: o._id }, args),
  },
};
