import type { Config } from '../config.js';
import type { Logger } from './logger.js';

/**
 * Work run after the database is connected and before the server listens (demo data, the bundled
 * open data). Here rather than in start.ts so a module can offer a hook without importing the
 * composition root that imports it. A hook that leaves work running (a scheduled job) returns how
 * to stop it; the server calls that on stop, before the database closes.
 */
export type StartupHook = (ctx: {
  config: Readonly<Config>;
  logger: Logger;
}) => Promise<void | (() => void | Promise<void>)>;
