import type { Server } from 'node:http';
import { join } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { createApolloServer } from './graphql/apollo.js';
import { graphqlHttpHandler } from './graphql/http-handler.js';
import { refuseInvalidUtf8, requestErrorHandler } from './graphql/request-errors.js';
import { rejectWhileUnavailable } from './graphql/errors.js';
import { createLoaders, type GraphQLContext } from './graphql/context.js';
import { attachSubscriptions } from './graphql/subscriptions.js';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottleRules } from './auth/index.js';
import { loadSocketViewer, loadViewer } from './modules/people/index.js';
import { stopChatFeed } from './modules/chats/index.js';
import type { TrustProxy } from './shared/trust-proxy.js';
import type { Logger } from './shared/logger.js';
import { projectRoot } from './shared/paths.js';
import { securityHeaders } from './http/security-headers.js';
import { serveBuiltClient } from './http/client-files.js';
import { jsonBody } from './http/json-body.js';
import { reportRoutes } from './modules/reports/index.js';
import { exampleFeedRoutes } from './modules/examples/index.js';
import { appVersion } from './shared/version.js';
import type { DatabaseKind } from './database/connect.js';

/** What the app needs from the outside; tests pass the same things main.ts does. */
export interface AppDeps {
  logger: Logger;
  database: { kind: DatabaseKind; isConnected(): boolean };
  production: boolean;
  /** Serve the client through Vite's dev middleware (hot reload) instead of the built files. */
  devClient?: boolean;
  /** Whose X-Forwarded-For to believe (`TRUST_PROXY`); nobody's when absent. */
  trustProxy?: TrustProxy;
  /** Sign-in throttling; the defaults when absent. */
  loginThrottle?: LoginThrottleRules;
  /** The address users reach Lyfta at (`LYFTA_PUBLIC_URL`), for links in feeds. */
  publicUrl?: string;
}

/** What {@link createApp} gives the HTTP server: the app, the subscription socket to attach, and the stop. */
export interface LyftaApp {
  app: Express;
  /** Takes WebSocket upgrades on the server's /graphql (graphql-ws); close it before the server. */
  attachSubscriptions(server: Server): { close(): Promise<void> };
  stop(): Promise<void>;
}

/** The Express app: /graphql (HTTP and subscriptions), /healthz and the client, ready to listen. Call `stop()` on shutdown. */
export async function createApp(deps: AppDeps): Promise<LyftaApp> {
  const app = express();
  app.disable('x-powered-by');
  // API answers are POST responses that no cache revalidates; static files keep their own ETags.
  app.set('etag', false);
  // Only configured proxies may say who the client is: anyone else could forge a fresh address per request.
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(securityHeaders({ production: deps.production, devClient: deps.devClient ?? false }));

  app.get('/healthz', (_req, res) => {
    const connected = deps.database.isConnected();
    res.status(connected ? 200 : 503).json({
      status: connected ? 'ok' : 'unavailable',
      version: appVersion,
      database: { kind: deps.database.kind, connected },
    });
  });

  const { server: apollo, schema, encoded } = createApolloServer({ logger: deps.logger, production: deps.production });
  await apollo.start();
  const context = async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
    const viewer = await loadViewer(req, res, deps.production);
    return {
      req,
      res,
      logger: deps.logger,
      viewer,
      databaseKind: deps.database.kind,
      loaders: createLoaders(viewer),
      secureCookies: deps.production,
      loginThrottle: deps.loginThrottle ?? DEFAULT_LOGIN_THROTTLE,
    };
  };
  app.use(
    '/graphql',
    rejectWhileUnavailable(() => deps.database.isConnected()),
    jsonBody({ limit: 1024 * 1024, verify: refuseInvalidUtf8 }),
    graphqlHttpHandler(apollo, { encoded, context }),
  );
  // Board reports read their plan through the same server and context as /graphql.
  app.use(
    '/reports',
    rejectWhileUnavailable(() => deps.database.isConnected()),
    reportRoutes({ apollo, context, logger: deps.logger }),
  );
  // Feeds other channels pick up: open to everyone, like the pages they mirror.
  app.use(
    '/flode',
    rejectWhileUnavailable(() => deps.database.isConnected()),
    exampleFeedRoutes({ publicUrl: deps.publicUrl ?? 'http://localhost', logger: deps.logger }),
  );

  let closeVite: (() => Promise<void>) | undefined;
  if (deps.devClient) {
    const { createServer } = await import('vite');
    const vite = await createServer({
      configFile: join(projectRoot, 'client/vite.config.ts'),
      server: { middlewareMode: true },
      appType: 'spa',
    });
    app.use(vite.middlewares);
    closeVite = () => vite.close();
  } else if (!serveBuiltClient(app, join(projectRoot, 'dist/client'))) {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built: run `npm run build` (npm start does it).');
    });
  }

  // Malformed or oversized JSON and other request errors: a clear answer, never a stack trace.
  app.use(requestErrorHandler(deps.logger));

  return {
    app,
    attachSubscriptions: (server) =>
      attachSubscriptions(server, {
        schema,
        logger: deps.logger,
        production: deps.production,
        viewerOf: loadSocketViewer,
        databaseKind: deps.database.kind,
        loginThrottle: deps.loginThrottle ?? DEFAULT_LOGIN_THROTTLE,
      }),
    async stop() {
      stopChatFeed();
      await apollo.stop();
      await closeVite?.();
    },
  };
}
