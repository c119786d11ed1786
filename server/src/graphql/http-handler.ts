import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { LocalizedText } from '../shared/errors.js';
import { checkQueryText } from './limits.js';

/** What {@link graphqlHttpHandler} needs besides the server. */
export interface GraphQLHttpOptions<C extends BaseContext> {
  context: (args: { req: Request; res: Response }) => Promise<C>;
  /** The encoded bytes of an answer already sent before (a cached one), so they are not encoded again. */
  encoded?: (json: string) => Buffer | undefined;
}

/**
 * Express handler for Apollo Server (mount after `express.json()`): refuses query texts over the
 * operation limits and persisted queries that do not match their hash, hands the rest to Apollo
 * and writes its answer. Answers are written with their length, skipping the per-request
 * conversions of `res.send` (a cached answer as the bytes it was encoded to once); incremental
 * answers are streamed as they come.
 */
export function graphqlHttpHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  options: GraphQLHttpOptions<C>,
): RequestHandler {
  server.assertStarted('graphqlHttpHandler()');
  const checked = new CheckedTexts();
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.originalUrl.indexOf('?');
    const search = query >= 0 ? req.originalUrl.slice(query) : '';
    const refusal = refuseBeforeParsing(req.method, req.body, search, checked);
    if (refusal) {
      res.status(400).json({ errors: [refusal] });
      return;
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search,
        body: req.body as unknown,
      },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const json = response.body.string;
      const bytes = options.encoded?.(json);
      if (bytes) {
        res.setHeader('content-length', bytes.length);
        res.end(bytes);
        return;
      }
      // A text is written as it is: Node encodes it with the headers into one write, without a Buffer.
      res.setHeader('content-length', Buffer.byteLength(json, 'utf8'));
      res.end(json, 'utf8');
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** A request error as the API shapes every error: a code and the text in both languages. */
function requestError(code: string, messages: LocalizedText): GraphQLFormattedError {
  return { message: messages.en, extensions: { code, messages } };
}

/**
 * Why a request is refused before its query is parsed, if it is: a text over the token or nesting
 * limit, or an automatic persisted query whose hash is not its text's (Apollo would answer that
 * without a code, which reads as a server failure).
 */
function refuseBeforeParsing(
  method: string,
  body: unknown,
  search: string,
  checked: CheckedTexts,
): GraphQLFormattedError | undefined {
  const { query, extensions } = operationOf(method, body, search);
  const persisted = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery as
    { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persisted && typeof persisted === 'object') {
    if (persisted.version !== 1) {
      return requestError('BAD_REQUEST', {
        sv: 'Den här versionen av sparade frågor stöds inte (bara version 1).',
        en: 'This persisted query version is not supported (only version 1).',
      });
    }
    if (typeof query === 'string' && persisted.sha256Hash !== createHash('sha256').update(query).digest('hex')) {
      return requestError('BAD_REQUEST', {
        sv: 'Den sparade frågans kontrollsumma (sha256Hash) stämmer inte med frågan.',
        en: "The persisted query's hash (sha256Hash) does not match its query.",
      });
    }
  }
  if (typeof query !== 'string' || checked.has(query)) return undefined;
  const overLimit = checkQueryText(query);
  if (!overLimit) checked.add(query);
  return overLimit && requestError(String(overLimit.extensions.code), overLimit.extensions.messages as LocalizedText);
}

/** The query text and extensions of a request: from the JSON body, or from the URL for GET. */
function operationOf(method: string, body: unknown, search: string): { query?: unknown; extensions?: unknown } {
  if (method.toUpperCase() === 'GET') {
    const params = new URLSearchParams(search);
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      // Apollo answers unreadable extensions itself.
    }
    return { query: params.get('query') ?? undefined, extensions };
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
}

/**
 * Query texts already found within the text limits: the client sends the same few documents on
 * every page, so each is lexed once rather than on every request. Bounded by the characters it
 * holds; when full it starts again empty (a text not remembered is only checked again).
 */
class CheckedTexts {
  static readonly MAX_CHARS = 1 << 20;
  static readonly MAX_TEXT_CHARS = 64 * 1024;
  private readonly texts = new Set<string>();
  private chars = 0;

  has(text: string): boolean {
    return this.texts.has(text);
  }

  add(text: string): void {
    if (text.length > CheckedTexts.MAX_TEXT_CHARS) return;
    if (this.chars + text.length > CheckedTexts.MAX_CHARS) {
      this.texts.clear();
      this.chars = 0;
    }
    this.texts.add(text);
    this.chars += text.length;
  }
}
