import type { OrganisationKind as GqlKind, Resolvers } from '../../graphql/generated/resolvers-types.js';
import { fromGqlEnum, toGqlEnum } from '../../shared/enum-names.js';
import type { OrganisationKind } from './organisation.model.js';
import { createOrganisation, findOrganisationByCode, listOrganisations } from './organisation.service.js';

/** Organisation queries (public registry data) and the admin's createOrganisation. */
export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_p, args) => findOrganisationByCode(args.code),
    organisations: (_p, args) =>
      listOrganisations(
        {
          kind: args.kind ? fromGqlEnum<OrganisationKind>(args.kind) : undefined,
          municipalityCode: args.municipalityCode ?? undefined,
          search: args.search ?? undefined,
        },
        args,
      ),
  },
  Mutation: {
    createOrganisation: (_p, args, ctx) =>
      createOrganisation(ctx.viewer, { ...args.input, kind: fromGqlEnum(args.input.kind) }),
  },
  Organisation: {
    id: (o) => o._id.toHexString(),
    kind: (o) => toGqlEnum<GqlKind>(o.kind),
    parent: (o, _a, ctx) => (o.parentId ? ctx.loaders.organisation.load(o.parentId.toHexString()) : null),
    children: (o, args) => listOrganisations({ parentId: o._id }, args),
  },
};
