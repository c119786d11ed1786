// Imports Skolverket CSV exports (plain or .gz): `npm run import:skolverket -- FILE…`.
// Each file is validated whole before anything is written; a bad file is reported with line numbers.
import { loadConfig } from '../server/src/config.js';
import { connectDatabase } from '../server/src/database/connect.js';
import { importSkolverketFile, ImportValidationError } from '../server/src/modules/results/index.js';
import { createLogger } from '../server/src/shared/logger.js';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
  process.stderr.write('usage: npm run import:skolverket -- FILE.csv[.gz] …\n');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await connectDatabase(config, logger);
let failed = false;
try {
  for (const file of files) {
    try {
      const s = await importSkolverketFile(file, logger);
      process.stdout.write(
        `${s.file}: ${s.kind} file, ${s.rows} rows → ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged` +
          (s.derived ? `; model values and ranks: ${s.derived.inserted} new, ${s.derived.updated} changed` : '') +
          '\n',
      );
    } catch (err) {
      failed = true;
      process.stderr.write(
        `${err instanceof ImportValidationError ? err.message : `${file}: ${(err as Error).message}`}\n`,
      );
    }
  }
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
