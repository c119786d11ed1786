import { Client, fetchExchange } from '@urql/vue';
import { normalisedCache } from './cache.js';
import { errorExchange, type ErrorHandlers } from './exchange.js';
import { liveExchange } from './subscriptions.js';

/**
 * The GraphQL client: POST only (Apollo's CSRF guard refuses simple GETs), cookies sent, answers
 * kept in the normalised cache, and every error routed once by the error exchange. Subscriptions
 * go over the WebSocket (graphql-ws), everything else over HTTP.
 */
export function createGraphqlClient(handlers: ErrorHandlers, fetch?: typeof globalThis.fetch): Client {
  return new Client({
    url: '/graphql',
    fetch,
    preferGetMethod: false,
    exchanges: [normalisedCache(), errorExchange(handlers), liveExchange(), fetchExchange],
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
    requestPolicy: 'cache-and-network',
  });
}

let handlers: ErrorHandlers = { unauthenticated: () => {}, notify: () => {} };

/** The app's one client; main.ts connects its error handlers to the router and notifications. */
export const graphqlClient = createGraphqlClient({
  unauthenticated: (e, op) => handlers.unauthenticated(e, op),
  notify: (e, op) => handlers.notify(e, op),
});

/** Connects the app client's error exchange to the app (once, at start-up). */
export function connectErrorHandlers(next: ErrorHandlers): void {
  handlers = next;
}
