import type { StartupHook } from './start.js';

/** What `npm start` runs between connecting the database and listening (demo data on an empty database comes here). */
export const startupHooks: StartupHook[] = [];
