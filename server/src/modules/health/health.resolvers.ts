import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { databaseKindValues } from './health.enums.js';
import { appVersion } from '../../shared/version.js';

/** Query.health: the service's state, readable without signing in. */
export const healthResolvers: Resolvers = {
  DatabaseKind: databaseKindValues,
  Query: {
    health: (_parent, _args, ctx) => ({
      ok: true,
      database: ctx.databaseKind,
      version: appVersion,
    }),
  },
};
