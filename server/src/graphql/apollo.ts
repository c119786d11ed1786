import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { createFormatError } from './errors.js';
import { OPERATION_LIMITS, operationLimits } from './limits.js';
import type { GraphQLContext } from './context.js';
import type { Logger } from '../shared/logger.js';
import type { ResultsResponseCache } from '../modules/results/index.js';

/**
 * Apollo Server with Lyfta's limits (tokens, depth, aliases, directives, cost), masked errors, no
 * landing page; introspection and "Did you mean" suggestions only outside production.
 */
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
    validationRules: [operationLimits(OPERATION_LIMITS)],
    // The HTTP handler refuses long texts with a clear message first; this holds for any other way in.
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
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
