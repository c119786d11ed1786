import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ApiClient, GqlError } from './api.js';

/** What one subscription has received so far. */
export interface Received<T> {
  data: T[];
  errors: GqlError[][];
  completed: boolean;
  /** The socket's close code, when it was refused or closed. */
  closed?: number;
}

/** A graphql-ws client for a signed-in (or anonymous) API client: its cookies, and an Origin. */
export function socketClient(api: ApiClient, options: { origin?: string | null } = {}): Client {
  const base = new URL(api.baseUrl);
  const cookie = [...api.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const origin = options.origin === undefined ? base.origin : options.origin;
  const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) };
  class Socket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({
    url: `${base.protocol === 'https:' ? 'wss' : 'ws'}://${base.host}/graphql`,
    webSocketImpl: Socket,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects what arrives, until `stop()`. */
export function collect<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
): Received<T> & { stop(): void } {
  const received: Received<T> & { stop(): void } = { data: [], errors: [], completed: false, stop: () => {} };
  received.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) received.data.push(result.data as T);
        if (result.errors) received.errors.push(result.errors as unknown as GqlError[]);
      },
      error: (err) => {
        if (Array.isArray(err)) received.errors.push(err as GqlError[]);
        else if (err && typeof err === 'object' && 'code' in err) received.closed = (err as { code: number }).code;
        received.completed = true;
      },
      complete: () => (received.completed = true),
    },
  );
  return received;
}

/** Waits until `check` holds, polling; fails after a generous time. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
