import { subscriptionExchange, type Exchange } from '@urql/vue';
import { createClient, type Client } from 'graphql-ws';

/** The socket's address: the page's own origin and the API's path, so the CSP's 'self' covers it. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

let socket: Client | null = null;

/** The app's one graphql-ws client, opened with the first subscription and reconnecting for as long as the page lives. */
function socketClient(): Client {
  socket ??= createClient({
    url: socketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
  return socket;
}

/** The number a result carries as its root field's `seq`, if it does. */
function seqOf(data: unknown): number | null {
  const root = data && typeof data === 'object' ? Object.values(data as Record<string, unknown>)[0] : null;
  const seq = root && typeof root === 'object' ? (root as { seq?: unknown }).seq : null;
  return typeof seq === 'number' ? seq : null;
}

/**
 * Subscriptions over graphql-ws on /graphql. A subscription with an `after` variable resumes:
 * the highest `seq` it has received is kept in its variables, which graphql-ws sends again when
 * it reconnects, so the server replays only what came after it (no change twice, none missed).
 */
export function liveExchange(client: () => Client = socketClient): Exchange {
  return subscriptionExchange({
    forwardSubscription(request) {
      const variables = { ...(request.variables ?? {}) } as Record<string, unknown>;
      const payload = { query: request.query ?? '', variables };
      return {
        subscribe(sink) {
          const unsubscribe = client().subscribe(payload, {
            next(result) {
              const seq = seqOf(result.data);
              if (seq !== null && 'after' in variables && seq > Number(variables.after ?? 0)) variables.after = seq;
              sink.next(result as never);
            },
            error: (err) => sink.error(err),
            complete: () => sink.complete(),
          });
          return { unsubscribe };
        },
      };
    },
  });
}
