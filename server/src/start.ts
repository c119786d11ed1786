import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import { createApp } from './app.js';
import { connectDatabase, type Database } from './database/connect.js';
import type { Logger } from './shared/logger.js';
import { setCacheBudget } from './shared/cache-budget.js';
import type { StartupHook } from './shared/startup-hook.js';

/** A running Lyfta: its URL and how to stop it. */
export interface RunningLyfta {
  url: string;
  port: number;
  server: Server;
  /** The database in use (the embedded one's socket and child pid included). */
  database: Database;
  /** Stops accepting requests, closes the app, then the database (and the embedded server). */
  stop(): Promise<void>;
}

/** Starts the whole service: database, app, HTTP listener. Used by main.ts and by the tests. */
export async function startLyfta(
  config: Readonly<Config>,
  logger: Logger,
  options: { hooks?: StartupHook[]; devClient?: boolean } = {},
): Promise<RunningLyfta> {
  setCacheBudget(config.cacheMb);
  const database = await connectDatabase(config, logger);
  const stopHooks: Array<() => void | Promise<void>> = [];
  try {
    for (const hook of options.hooks ?? []) {
      const stopHook = await hook({ config, logger });
      if (stopHook) stopHooks.push(stopHook);
    }
    const {
      app,
      attachSubscriptions,
      stop: stopApp,
    } = await createApp({
      logger,
      production: config.nodeEnv === 'production',
      trustProxy: config.trustProxy,
      loginThrottle: config.loginThrottle,
      publicUrl: config.publicUrl,
      devClient: options.devClient ?? false,
      database: { kind: database.kind, isConnected: () => database.isAvailable() },
    });
    const server = createServer(app);
    const subscriptions = attachSubscriptions(server);
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      server,
      database,
      async stop() {
        await subscriptions.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        logger.debug('http server closed');
        await stopApp();
        logger.debug('app stopped');
        for (const stopHook of stopHooks) await stopHook();
        await database.close();
        logger.debug('database closed');
      },
    };
  } catch (err) {
    for (const stopHook of stopHooks) await stopHook();
    await database.close();
    throw err;
  }
}
