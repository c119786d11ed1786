import type { StartupHook } from '../../../shared/startup-hook.js';
import { getAnalysis } from './data.js';

/**
 * Starts computing every year's model and ranking (all organisers) as the server starts, without
 * holding up the start: the first visitor to the ranking or a municipality's results then finds it
 * ready instead of waiting seconds for it. A request that comes earlier waits for the same work.
 */
export const warmResultsAnalysis: StartupHook = async ({ logger }) => {
  const started = Date.now();
  void getAnalysis('all').then(
    (analysis) => logger.info({ ms: Date.now() - started, years: analysis.years.length }, 'results analysis ready'),
    (err: unknown) => logger.warn({ err }, 'results analysis not prepared at start; it is computed on first use'),
  );
};
