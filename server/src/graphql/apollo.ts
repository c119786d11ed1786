import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { createFormatError } from './errors.js';
import { depthLimit } from './limits.js';
import type { GraphQLContext } from './context.js';
import type { Logger } from '../shared/logger.js';
import type { ResultsResponseCache } from '../modules/results/index.js';

/** Apollo Server with Lyfta's limits: depth-limited queries, masked errors, no landing page, introspection outside production. */
export function createApolloServer(options: {
  logger: Logger;
  production: boolean;
  resultsCache: ResultsResponseCache;
}): ApolloServer<GraphQLContext> {
  const { resultsCache } = options;
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    formatError: createFormatError(options.logger),
    validationRules: [depthLimit(12)],
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it stops HTTP, then Apollo, then the database, in that order.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), resultsCache.plugin],
    stringifyResult: (value) => resultsCache.stringifyResult(value),
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
}
