import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { INTERNAL_ERROR_TEXT, type LocalizedText } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

interface RequestProblem {
  status: number;
  code: string;
  messages: LocalizedText;
}

/** What went wrong with a request that never reached GraphQL, in words a client can show. */
function describe(err: unknown): RequestProblem {
  const e = (typeof err === 'object' && err ? err : {}) as { status?: unknown; type?: unknown; limit?: unknown };
  const status = typeof e.status === 'number' ? e.status : 500;
  if (e.type === 'entity.parse.failed')
    return {
      status: 400,
      code: 'BAD_REQUEST',
      messages: { sv: 'Begärans innehåll är inte giltig JSON.', en: 'The request body is not valid JSON.' },
    };
  if (e.type === 'encoding.invalid')
    return {
      status: 400,
      code: 'BAD_REQUEST',
      messages: { sv: 'Begärans innehåll är inte giltig UTF-8.', en: 'The request body is not valid UTF-8.' },
    };
  if (e.type === 'entity.too.large') {
    const mb = typeof e.limit === 'number' ? Math.round(e.limit / 1024 / 1024) : 1;
    return {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      messages: { sv: `Begäran är för stor (högst ${mb} MB).`, en: `The request is too large (at most ${mb} MB).` },
    };
  }
  if (status < 500)
    return {
      status,
      code: 'BAD_REQUEST',
      messages: { sv: 'Begäran kunde inte läsas.', en: 'The request could not be read.' },
    };
  return {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    messages: INTERNAL_ERROR_TEXT,
  };
}

/**
 * Express error handler for requests that fail before GraphQL runs (malformed or oversized JSON):
 * a GraphQL-shaped error with a code and both languages, never a stack trace.
 */
export function requestErrorHandler(logger: Logger) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const problem = describe(err);
    if (problem.status >= 500) logger.error({ err }, 'request failed');
    res.status(problem.status).json({
      errors: [{ message: problem.messages.en, extensions: { code: problem.code, messages: problem.messages } }],
    });
  };
}

/**
 * The JSON body parser's `verify`: a UTF-8 body with invalid bytes is refused, where decoding it
 * would put U+FFFD in place of the client's text without telling anyone.
 */
export function refuseInvalidUtf8(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body))
    throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}
