import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';

/** What {@link jsonBody} takes: the byte limit and a check of the raw bytes, as `express.json` does. */
export interface JsonBodyOptions {
  limit: number;
  verify: (req: IncomingMessage, res: ServerResponse, body: Buffer, encoding: string) => void;
}

const UTF8_CHARSET = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * `express.json` with a short way for the request every page sends: `application/json` in UTF-8,
 * not compressed, with a Content-Length within the limit. Its bytes are read as they come, checked
 * with `verify`, and parsed as body-parser parses them (a leading BOM skipped, an empty body as
 * `{}`, only an object or array at the top), failing with the same status and `type` (400
 * `entity.parse.failed`, or what `verify` throws). Every other request, and any request a step of
 * it does not recognise, goes to `express.json` itself.
 */
export function jsonBody(options: JsonBodyOptions): RequestHandler {
  const general = express.json({ limit: options.limit, verify: options.verify });
  return (req, res, next) => {
    const length = simpleLength(req, options.limit);
    if (length === undefined) return general(req, res, next);
    // Marks the body as read, as body-parser does, so no later parser reads it again.
    (req as { _body?: boolean })._body = true;
    const chunks: Buffer[] = [];
    let received = 0;
    let failed = false;
    const fail = (err: Error & { status?: number; type?: string }): void => {
      if (failed) return;
      failed = true;
      req.unpipe();
      req.resume();
      next(err);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > length)
        fail(requestError(400, 'request size did not match content length', 'request.size.invalid'));
      else chunks.push(chunk);
    });
    req.on('error', (err) => fail(requestError(400, err.message, 'request.aborted')));
    req.on('end', () => {
      if (failed) return;
      if (received !== length)
        return fail(requestError(400, 'request size did not match content length', 'request.size.invalid'));
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
      try {
        options.verify(req, res, bytes, 'utf-8');
      } catch (err) {
        return fail(err as Error);
      }
      let parsed: unknown;
      try {
        parsed = parseStrict(bytes);
      } catch (err) {
        return fail(requestError(400, (err as Error).message, 'entity.parse.failed'));
      }
      req.body = parsed;
      next();
    });
  };
}

/** The body's length when the request is the simple case, else undefined. */
function simpleLength(req: IncomingMessage, limit: number): number | undefined {
  const { headers } = req;
  const type = headers['content-type'];
  if (type === undefined || !UTF8_CHARSET.test(type)) return undefined;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return undefined;
  if (headers['transfer-encoding'] !== undefined) return undefined;
  const text = headers['content-length'];
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  const length = Number(text);
  return length > 0 && length <= limit ? length : undefined;
}

/** JSON text as body-parser's strict parser takes it. */
function parseStrict(bytes: Buffer): unknown {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bytes.toString('utf8', bom ? 3 : 0);
  if (text.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON at the start`);
  return JSON.parse(text) as unknown;
}

function requestError(status: number, message: string, type: string): Error & { status: number; type: string } {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}
