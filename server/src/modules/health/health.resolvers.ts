import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { appVersion } from '../../shared/version.js';

/** Query.health: the service's state, readable without signing in. */
export const healthResolvers: Resolvers = {
  Query: {
    health: (_parent, _args, ctx) => ({
      ok: true,
      database: ctx.databaseKind === 'embedded' ? 'EMBEDDED' : 'MONGODB',
      version: appVersion,
    }),
  },
};
