// Fetches Kolada data for the mapped KPIs into a file the offline import reads:
//   npm run fetch:kolada -- [--years 2016-2025] [--municipalities 1880,0180] [--out data/kolada.json]
//                           [--api https://api.kolada.se/v2]
// It follows `next_url` until the last page and writes one file in the API's own shape.
// Lyfta never needs the network at runtime; this is a separate, optional step.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { koladaMappingSchema } from '../server/src/modules/results/index.js';
import { projectRoot } from '../server/src/shared/paths.js';

const MAX_PAGES = 500;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Kolada's "from-to" year option → the list of years. */
function years(spec: string): number[] {
  const [from, to] = spec.split('-').map(Number);
  if (!from || !to || to < from || to - from > 30) throw new Error(`--years must look like 2016-2025, not ${spec}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Fetches one URL as JSON, with a timeout and a clear error. */
async function getJson(url: string): Promise<{ values: unknown[]; next_url?: string | null }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as { values: unknown[]; next_url?: string | null };
}

const mappingFile = option('mapping') ?? join(projectRoot, 'scripts/kolada-kpis.json');
const kpis = Object.keys(koladaMappingSchema.parse(JSON.parse(readFileSync(mappingFile, 'utf8'))).kpis);
const yearList = years(option('years') ?? '2016-2025');
const municipalities = option('municipalities');
const out = option('out') ?? join(projectRoot, 'data/kolada.json');
const api = (option('api') ?? 'https://api.kolada.se/v2').replace(/\/$/, '');

/** Follows `next_url` from the first page to the last; returns every entry. */
async function fetchAll(first: string): Promise<unknown[]> {
  const values: unknown[] = [];
  let url: string | null = first;
  for (let page = 1; url && page <= MAX_PAGES; page++) {
    const body = await getJson(url);
    if (!Array.isArray(body.values)) throw new Error(`${url}: the answer has no "values" list`);
    values.push(...body.values);
    process.stdout.write(`page ${page}: ${body.values.length} entries (${values.length} in all)\n`);
    url = body.next_url ?? null;
  }
  if (url) throw new Error(`stopped after ${MAX_PAGES} pages; narrow --years or --municipalities`);
  return values;
}

try {
  const values = await fetchAll(
    `${api}/data/kpi/${kpis.join(',')}` +
      (municipalities ? `/municipality/${municipalities}` : '') +
      `/year/${yearList.join(',')}`,
  );
  // Written whole or not at all: the import never sees half a download.
  writeFileSync(`${out}.part`, JSON.stringify({ values, count: values.length, next_url: null }, null, 1));
  renameSync(`${out}.part`, out);
  process.stdout.write(`wrote ${values.length} entries to ${out}; import with: npm run import:kolada -- ${out}\n`);
} catch (err) {
  rmSync(`${out}.part`, { force: true });
  process.stderr.write(`fetch:kolada failed, nothing written: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
