import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../server/src/shared/paths.js';

/**
 * Vitest global setup of the API tests: builds the client once when dist/client is missing (a
 * fresh clone), because the server serves it and the header tests read its files. An existing
 * build is used as it is; `npm test` and `npm run test:e2e` build it fresh before.
 */
export default function buildClientIfMissing(): void {
  if (existsSync(join(projectRoot, 'dist/client/index.html'))) return;
  process.stdout.write('dist/client is missing: building the client once for the API tests (npm run build:client)…\n');
  execFileSync('npm', ['run', '--silent', 'build:client'], { cwd: projectRoot, stdio: 'inherit' });
}
