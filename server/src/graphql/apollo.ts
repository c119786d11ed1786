import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildResolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { createFormatError, databaseUnavailablePlugin } from './errors.js';
import { OPERATION_LIMITS, operationLimits } from './limits.js';
import { apolloCaches } from './bounded-caches.js';
import type { GraphQLContext } from './context.js';
import type { Logger } from '../shared/logger.js';
import { resultsResponseCache } from '../modules/results/graphql.js';
import { compiledExecution } from './compiled-execution.js';

/**
 * A module's hand in how answers are made and written: an Apollo plugin, the serializer Apollo
 * uses, and the bytes of an answer that serializer already encoded. Apollo takes one serializer,
 * so one module contributes this: the results module's response cache.
 */
export interface AnswerCache {
  plugin: ApolloServerPlugin<GraphQLContext>;
  stringifyResult(value: FormattedExecutionResult): string;
  encoded(json: string): Buffer | undefined;
}

/** The Apollo server and what the HTTP handler needs from it: the encoded bytes of an answer already serialized once. */
export interface LyftaApollo {
  server: ApolloServer<GraphQLContext>;
  /** The executable schema Apollo runs, for the subscription socket. */
  schema: GraphQLSchema;
  encoded(json: string): Buffer | undefined;
}

/**
 * Apollo Server with Lyfta's limits (tokens, depth, aliases, directives, cost), masked errors, no
 * landing page; introspection and "Did you mean" suggestions only outside production. Answers go
 * through the results module's response cache (see {@link AnswerCache}).
 */
export function createApolloServer(options: { logger: Logger; production: boolean }): LyftaApollo {
  const answers: AnswerCache = resultsResponseCache();
  const formatError = createFormatError(options.logger);
  const schema = executableSchema();
  const server = new ApolloServer<GraphQLContext>({
    gateway: compiledExecution(schema),
    formatError: options.production ? withoutSuggestions(formatError) : formatError,
    validationRules: [operationLimits(OPERATION_LIMITS)],
    // The HTTP handler refuses long texts with a clear message first; this holds for any other way in.
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it stops HTTP, then Apollo, then the database, in that order.
    stopOnTerminationSignals: false,
    // Apollo's default cache-control plugin wraps every field's resolver to add up cache hints
    // the API never gives (each answer is per viewer); its only effect was `no-store`, kept below.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      answers.plugin,
      databaseUnavailablePlugin,
    ],
    stringifyResult: (value) => answers.stringifyResult(value),
    ...apolloCaches(),
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
  return { server, schema, encoded: (json) => answers.encoded(json) };
}

/** The executable schema, built once and shared by Apollo (HTTP) and the subscription socket. */
function executableSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() as never });
}

type FormatError = ReturnType<typeof createFormatError>;

/**
 * Drops graphql-js's "Did you mean …?" from every error (Apollo's hideSchemaDetailsFromClientErrors
 * covers validation only, not variables): with introspection off, suggestions would still map the
 * schema's fields, arguments and enum values for anyone guessing.
 */
function withoutSuggestions(format: FormatError): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    const strip = (text: string) => text.replace(/ ?Did you mean .+\?$/s, '');
    const messages = result.extensions?.messages as { sv: string; en: string } | undefined;
    return {
      ...result,
      message: strip(result.message),
      ...(messages
        ? { extensions: { ...result.extensions, messages: { sv: strip(messages.sv), en: strip(messages.en) } } }
        : {}),
    };
  };
}

/** Marks every GraphQL answer `Cache-Control: no-store`, as Apollo's cache-control plugin did for answers without hints. */
const noStore: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
