import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import type { Request, Response } from 'express';
import type { GraphQLError as GraphQLErrorType, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/index.js';
import type { Logger } from '../shared/logger.js';
import type { LocalizedText } from '../shared/errors.js';
import { createLoaders, type GraphQLContext } from './context.js';
import { createFormatError } from './errors.js';
import { OPERATION_LIMITS, checkQueryText, operationLimits } from './limits.js';

// graphql-ws, Apollo and @graphql-tools load graphql as Node resolves it; a test runner may give
// this file another copy (ESM), whose schema and error checks (instanceof) would not match
// theirs. The socket's parsing, validation and errors use the copy the schema was built with.
const { GraphQLError, getOperationAST, parse, specifiedRules, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');
type GraphQLError = GraphQLErrorType;

/** The same error in the copy of graphql the socket server checks against. */
const inSocketRealm = (e: GraphQLErrorType): GraphQLError =>
  new GraphQLError(e.message, { nodes: e.nodes, extensions: e.extensions });

/** How much one connection may ask of the server; the README's Security section explains them. */
export const SOCKET_LIMITS = {
  /** The largest message a client may send, in bytes (a subscription document and its variables). */
  maxPayloadBytes: 64 * 1024,
  /** Subscriptions one connection may hold at once. */
  subscriptionsPerConnection: 10,
} as const;

/** What the socket server needs from the app. */
export interface SubscriptionDeps {
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  /** The viewer of an upgrade request, from the same session cookie as HTTP. */
  viewerOf(request: IncomingMessage): Promise<Viewer | null>;
  databaseKind: GraphQLContext['databaseKind'];
  loginThrottle: GraphQLContext['loginThrottle'];
}

const PATH = '/graphql';

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's `/graphql`. An upgrade is accepted
 * only from a page of the server's own origin (a cross-site page would ride on the session
 * cookie); messages are capped in size, a connection in its subscriptions, and each document in
 * the same operation limits as over HTTP. Queries and mutations stay on HTTP. Errors are masked
 * by the same formatError.
 */
export function attachSubscriptions(server: Server, deps: SubscriptionDeps): { close(): Promise<void> } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: SOCKET_LIMITS.maxPayloadBytes });
  const formatError = createFormatError(deps.logger);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const active = new WeakMap<object, Set<string>>();
  const subscriptionsOf = (socket: object) => {
    let ids = active.get(socket);
    if (!ids) active.set(socket, (ids = new Set()));
    return ids;
  };

  const disposable = useServer(
    {
      schema: deps.schema,
      onSubscribe: async (ctx, id, payload) => {
        const refusal = refuseOperation(deps.schema, payload.query, payload.operationName);
        if ('errors' in refusal) return refusal.errors;
        const ids = subscriptionsOf(ctx.extra.socket);
        if (ids.size >= SOCKET_LIMITS.subscriptionsPerConnection)
          return [
            requestError('BAD_REQUEST', {
              sv: `För många prenumerationer på en anslutning (högst ${SOCKET_LIMITS.subscriptionsPerConnection}).`,
              en: `Too many subscriptions on one connection (at most ${SOCKET_LIMITS.subscriptionsPerConnection}).`,
            }),
          ];
        ids.add(id);
        const viewer = await deps.viewerOf(ctx.extra.request);
        const contextValue: GraphQLContext = {
          // Only subscriptions run over the socket, and none of their fields reads the request or a response.
          req: ctx.extra.request as Request,
          res: undefined as unknown as Response,
          logger: deps.logger,
          viewer,
          databaseKind: deps.databaseKind,
          loaders: createLoaders(viewer),
          secureCookies: deps.production,
          loginThrottle: deps.loginThrottle,
        };
        return {
          schema: deps.schema,
          document: refusal.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => void subscriptionsOf(ctx.extra.socket).delete(id),
    },
    sockets,
  );

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!sameOrigin(request)) return refuseUpgrade(socket, 403, 'Forbidden');
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      for (const client of sockets.clients) client.terminate();
      await disposable.dispose();
    },
  };
}

/** Whether the upgrade comes from a page of this server: its Origin's host is the Host it was sent to. */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (!origin || !host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function requestError(code: string, messages: LocalizedText): GraphQLError {
  return new GraphQLError(messages.en, { extensions: { code, messages } });
}

/**
 * Parses and validates a socket operation as Apollo does an HTTP one: the text within the token
 * and nesting limits first, then graphql-js's rules with the depth, alias, directive and cost
 * limits. Only subscriptions are taken.
 */
function refuseOperation(
  schema: GraphQLSchema,
  query: string,
  operationName: string | null | undefined,
): { document: ReturnType<typeof parse> } | { errors: readonly GraphQLError[] } {
  const overLimit = checkQueryText(query);
  if (overLimit) return { errors: [inSocketRealm(overLimit)] };
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query, { maxTokens: OPERATION_LIMITS.tokens });
  } catch (err) {
    const error = err as GraphQLError;
    return { errors: [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const invalid = validate(schema, document, [...specifiedRules, operationLimits(OPERATION_LIMITS)]);
  if (invalid.length)
    return {
      errors: invalid.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions },
          }),
      ),
    };
  const operation = getOperationAST(document, operationName);
  if (!operation)
    return {
      errors: [
        new GraphQLError('Could not tell which operation to run', {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
        }),
      ],
    };
  if (operation.operation !== 'subscription')
    return {
      errors: [
        requestError('BAD_REQUEST', {
          sv: 'Över WebSocket tas bara prenumerationer emot; frågor och ändringar skickas över HTTP.',
          en: 'Only subscriptions are taken over the WebSocket; queries and mutations go over HTTP.',
        }),
      ],
    };
  return { document };
}
