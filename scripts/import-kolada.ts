// Imports files in the Kolada API's JSON shape: `npm run import:kolada -- FILE.json…`.
// KPI ids map to Lyfta indicators through scripts/kolada-kpis.json (or --mapping FILE).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config.js';
import { connectDatabase } from '../server/src/database/connect.js';
import { importKoladaFile, ImportValidationError, koladaMappingSchema } from '../server/src/modules/results/index.js';
import { createLogger } from '../server/src/shared/logger.js';
import { projectRoot } from '../server/src/shared/paths.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const mappingAt = args.indexOf('--mapping');
const mappingFile = mappingAt >= 0 ? args.splice(mappingAt, 2)[1]! : join(projectRoot, 'scripts/kolada-kpis.json');
if (!args.length) {
  process.stderr.write('usage: npm run import:kolada -- [--mapping kpis.json] FILE.json …\n');
  process.exit(2);
}
const mapping = koladaMappingSchema.parse(JSON.parse(readFileSync(mappingFile, 'utf8'))).kpis;
const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await connectDatabase(config, logger);
let failed = false;
try {
  for (const file of args) {
    try {
      const s = await importKoladaFile(file, mapping, logger);
      const skipped = Object.entries(s.unmapped).map(([k, n]) => `${k} ×${n}`);
      process.stdout.write(
        `${s.file}: ${s.rows} entries → ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged` +
          (skipped.length ? `; skipped (KPI not mapped): ${skipped.join(', ')}` : '') +
          (s.deleted ? `; skipped ${s.deleted} marked deleted by Kolada` : '') +
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
