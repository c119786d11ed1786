import { startupHooks } from '../../server/src/startup-hooks.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Starts Lyfta on a fresh data folder with the demo data and the bundled open data loaded. */
export function startDemoServer(): Promise<TestServer> {
  return startTestServer({ hooks: startupHooks });
}
