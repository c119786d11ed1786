import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../shared/paths.js';

/** Reads the API contract: every `.graphql` file in schema/, base first, then by name. */
export function loadTypeDefs(): string[] {
  const dir = join(projectRoot, 'schema');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}
