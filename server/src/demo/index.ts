import type { Config } from '../config.js';
import type { StartupHook } from '../shared/startup-hook.js';
import { anyOrganisation } from '../modules/organisations/index.js';
import { loadDemo } from './load.js';

export { loadDemo, ensureDemoIndicators } from './load.js';
export { demoPeople, DEMO_PASSWORD, BORAS_PRINCIPAL_UNIT, TROLLHATTAN_SCHOOLS, borasPlan } from './stories.js';

/** Whether the configuration allows the demo: never with LYFTA_DEMO=never; in production only with LYFTA_DEMO=always. */
export function demoAllowed(config: Pick<Config, 'demo' | 'nodeEnv'>): boolean {
  if (config.demo === 'never') return false;
  if (config.nodeEnv === 'production') return config.demo === 'always';
  return true;
}

/** True when the database holds no organisations yet (a fresh installation). */
export async function databaseIsEmpty(): Promise<boolean> {
  return !(await anyOrganisation());
}

/** The startup hook: loads the demo on an empty database when the configuration allows it. */
export const demoStartupHook: StartupHook = async ({ config, logger }) => {
  if (!demoAllowed(config)) return;
  if (!(await databaseIsEmpty())) return;
  await loadDemo(logger);
};
