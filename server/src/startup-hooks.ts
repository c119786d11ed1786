import type { StartupHook } from './shared/startup-hook.js';
import { loadBundledOpenData, warmResultsAnalysis } from './modules/results/index.js';
import { demoStartupHook } from './demo/index.js';
import { notificationsStartupHook } from './modules/notifications/index.js';
import { coachingDisposalStartupHook } from './modules/coaching/index.js';

/** What `npm start` runs between connecting the database and listening (demo data on an empty database comes here; the results analysis starts in the background; coaching's disposal is scheduled). */
export const startupHooks: StartupHook[] = [
  demoStartupHook,
  loadBundledOpenData,
  warmResultsAnalysis,
  notificationsStartupHook,
  coachingDisposalStartupHook,
];
