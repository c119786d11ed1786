import { join } from 'node:path';
import type { StartupHook } from '../../../shared/startup-hook.js';
import { projectRoot } from '../../../shared/paths.js';
import { MeasurementModel } from '../../indicators/index.js';
import { importSkolverketFile } from './import.service.js';

/** The bundled Skolverket files loaded on first start: every municipality's 10 years, and the school units' latest year. */
export const bundledOpenDataFiles = [
  'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz',
  'server/opendata/skolverket/slutbetyg_ak9_skolenhet_2024-25.csv',
].map((f) => join(projectRoot, f));

/**
 * Loads the bundled open data when the measurements collection is empty, in every mode except
 * LYFTA_DEMO=never: these are public statistics, not demo data, so production gets them too.
 */
export const loadBundledOpenData: StartupHook = async ({ config, logger }) => {
  if (config.demo === 'never') return;
  if (await MeasurementModel.exists({})) return;
  const started = Date.now();
  logger.info({ files: bundledOpenDataFiles.length }, 'loading bundled open data (Statistik från Skolverket)');
  for (const file of bundledOpenDataFiles) {
    const s = await importSkolverketFile(file, logger);
    logger.info({ file: s.file, rows: s.rows, inserted: s.inserted, derived: s.derived }, 'open data file loaded');
  }
  logger.info({ ms: Date.now() - started }, 'bundled open data loaded');
};
