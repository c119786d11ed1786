import type { Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** What {@link graphqlHttpHandler} needs besides the server. */
export interface GraphQLHttpOptions<C extends BaseContext> {
  context: (args: { req: Request; res: Response }) => Promise<C>;
  /** The encoded bytes of an answer already sent before (a cached one), so they are not encoded again. */
  encoded?: (json: string) => Buffer | undefined;
}

/**
 * Express handler for Apollo Server (mount after `express.json()`): hands the request to Apollo
 * and writes its answer. Answers are written as bytes with their length, skipping the per-request
 * conversions of `res.send`; incremental answers are streamed as they come.
 */
export function graphqlHttpHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  options: GraphQLHttpOptions<C>,
): RequestHandler {
  server.assertStarted('graphqlHttpHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.originalUrl.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: query >= 0 ? req.originalUrl.slice(query) : '',
        body: req.body as unknown,
      },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const bytes = options.encoded?.(response.body.string) ?? Buffer.from(response.body.string, 'utf8');
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
