import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, INTERNAL_ERROR_TEXT, type LocalizedText } from '../shared/errors.js';
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

/** Builds Apollo's formatError: AppErrors pass with code and both languages; anything else is logged and masked. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
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
        extensions: isLocalizedText(messages) ? { code, messages } : { code },
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

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null | undefined;
  return typeof text?.sv === 'string' && typeof text.en === 'string';
}
