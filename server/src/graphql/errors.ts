import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestHandler } from 'express';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnreachable } from '../database/driver-errors.js';
import { AppError, INTERNAL_ERROR_TEXT, UnavailableError, type LocalizedText } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

// Codes Apollo and graphql-js give to problems with the request itself: safe to show as they are.
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// Errors of mutations that lost the database: whether their writes were saved is unknown.
// Marked by databaseUnavailablePlugin before formatError sees them.
const writesInDoubt = new WeakSet<object>();

// How long a client should wait before trying again while the database is unavailable.
const RETRY_AFTER_SECONDS = '1';

/** The driver error behind a GraphQL error: thrown by a resolver, or while building the context. */
function thrownBy(error: unknown): unknown {
  return (error as Partial<GraphQLError> | undefined)?.originalError ?? error;
}

/**
 * Builds Apollo's formatError: AppErrors pass with code and both languages; a database that
 * cannot be reached is UNAVAILABLE (with `outcomeUnknown` for a mutation); anything else is
 * logged and masked.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    if (isDatabaseUnreachable(thrownBy(error))) {
      logger.warn({ err: thrownBy(error), path: formatted.path }, 'database unreachable during a GraphQL request');
      original = new UnavailableError({
        outcomeUnknown: typeof error === 'object' && error !== null && writesInDoubt.has(error),
      });
    }
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, messages: original.text, ...original.extensions },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code) && original === error) {
      // Server-side rules (the operation limits) give their refusals text in both languages.
      const messages = formatted.extensions?.messages;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code,
          messages: isLocalizedText(messages) ? messages : requestErrorText(code, formatted.message),
        },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messages: INTERNAL_ERROR_TEXT,
      },
    };
  };
}

// graphql-js words its refusals in English only; the Swedish text says what kind of problem it is
// and carries the engine's detail (which names the field or variable) as it is.
const REQUEST_ERROR_KIND: Record<string, LocalizedText> = {
  GRAPHQL_PARSE_FAILED: { sv: 'Frågan kunde inte läsas', en: 'The query could not be read' },
  GRAPHQL_VALIDATION_FAILED: { sv: 'Frågan stämmer inte med API:et', en: 'The query does not fit the API' },
  BAD_USER_INPUT: { sv: 'Ogiltigt värde i frågans variabler', en: 'Invalid value in the query’s variables' },
  BAD_REQUEST: { sv: 'Ogiltig begäran', en: 'Invalid request' },
  PERSISTED_QUERY_NOT_FOUND: {
    sv: 'Den sparade frågan finns inte; skicka hela frågan',
    en: 'Persisted query not found; send the whole query',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: { sv: 'Sparade frågor stöds inte', en: 'Persisted queries are not supported' },
  OPERATION_RESOLUTION_FAILURE: {
    sv: 'Det gick inte att avgöra vilken operation som ska köras',
    en: 'Could not tell which operation to run',
  },
};

/** Both languages for a request error that came without them: its kind, then the engine's detail. */
export function requestErrorText(code: string, detail: string): LocalizedText {
  const kind = REQUEST_ERROR_KIND[code] ?? REQUEST_ERROR_KIND.BAD_REQUEST!;
  return { sv: `${kind.sv}: ${detail}`, en: `${kind.en}: ${detail}` };
}

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null | undefined;
  return typeof text?.sv === 'string' && typeof text.en === 'string';
}

/**
 * Apollo plugin for requests that lost the database: answers them with HTTP 503 and Retry-After,
 * and marks the errors of a mutation so that formatError tells the client its outcome is unknown.
 */
export const databaseUnavailablePlugin: ApolloServerPlugin<BaseContext> = {
  async contextCreationDidFail({ error }) {
    // No response exists yet here; Apollo takes the status of a failed context from the error.
    if (isDatabaseUnreachable(error)) Object.assign(error, { extensions: { http: unavailableHttp() } });
  },
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, operation, response }) {
        const lost = errors.filter((e) => isDatabaseUnreachable(thrownBy(e)));
        if (lost.length === 0) return;
        if (operation?.operation === 'mutation') for (const e of lost) writesInDoubt.add(e);
        const http = unavailableHttp();
        response.http.status = http.status;
        for (const [name, value] of http.headers) response.http.headers.set(name, value);
      },
    };
  },
};

function unavailableHttp(): { status: number; headers: HeaderMap } {
  return { status: 503, headers: new HeaderMap([['retry-after', RETRY_AFTER_SECONDS]]) };
}

/**
 * Express middleware before /graphql: while the database is known to be unavailable (the embedded
 * one restarting), every request is answered at once with 503 UNAVAILABLE instead of waiting for it.
 */
export function rejectWhileUnavailable(isAvailable: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (isAvailable()) return next();
    const error = new UnavailableError();
    res
      .status(503)
      .set('retry-after', RETRY_AFTER_SECONDS)
      .json({ errors: [{ message: error.message, extensions: { code: error.code, messages: error.text } }] });
  };
}
