// Fetches Kolada data for the mapped KPIs into a file the offline import reads:
//   npm run fetch:kolada -- [--years 2016-2025] [--municipalities 1880,0180] [--out data/kolada.json]
//                           [--api https://api.kolada.se/v3] [--mapping scripts/kolada-kpis.json]
// Kolada's v2 API was shut down on 31 March 2026; v3 is the default. The shape of its answers is
// described in server/src/modules/results/import/kolada.parse.ts. The script
//  1. reads each mapped KPI's title from `/v3/kpi/{ids}` and stops when a title does not match
//     the measure the KPI is mapped to (words such as "meritvärde", "hemkommun");
//  2. asks `/v3/data/kpi/{ids}/municipality/{ids}/year/{years}` with at most 25 ids in each path
//     segment (the API refuses longer lists), for every combination of chunks;
//  3. follows `next_url` on every answer until the last page, drops rows marked `isdeleted`;
//  4. writes one file in the API's own shape, with the titles under `kpis`, whole or not at all.
// Lyfta never needs the network at runtime; this is a separate, optional step.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { koladaMappingSchema, koladaTitleMismatch } from '../server/src/modules/results/index.js';
import { projectRoot } from '../server/src/shared/paths.js';

const MAX_PAGES = 500;
/** Kolada v3 takes at most 25 ids in one path segment. */
const MAX_IDS = 25;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Kolada's "from-to" year option → the list of years. */
function years(spec: string): number[] {
  const [from, to] = spec.split('-').map(Number);
  if (!from || !to || to < from || to - from > 60) throw new Error(`--years must look like 2016-2025, not ${spec}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function chunks<T>(list: readonly T[], size = MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

interface Page {
  values: unknown[];
  next_url?: string | null;
}

/** Fetches one URL as JSON, with a timeout and a one-line error naming the status and the URL. */
async function getJson(url: string): Promise<Page> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'application/json' } });
  if (!res.ok) {
    const hint = res.status === 404 ? ' (is --api the v3 address, and are the KPI ids right?)' : '';
    throw new Error(`Kolada answered HTTP ${res.status} ${res.statusText} for ${url}${hint}`);
  }
  const body = (await res.json()) as Page;
  if (!body || !Array.isArray(body.values)) throw new Error(`${url}: the answer has no "values" list`);
  return body;
}

/** Follows `next_url` from the first page to the last; returns every entry. */
async function fetchAll(first: string): Promise<unknown[]> {
  const values: unknown[] = [];
  const seen = new Set<string>();
  let url: string | null = first;
  for (let page = 1; url && page <= MAX_PAGES; page++) {
    if (seen.has(url)) throw new Error(`${url}: next_url points back to a page already read`);
    seen.add(url);
    const body = await getJson(url);
    values.push(...body.values);
    process.stdout.write(`${page === 1 ? url : `  page ${page}`}: ${body.values.length} entries\n`);
    url = body.next_url || null;
  }
  if (url) throw new Error(`stopped after ${MAX_PAGES} pages; narrow --years or --municipalities`);
  return values;
}

const mappingFile = option('mapping') ?? join(projectRoot, 'scripts/kolada-kpis.json');
const out = option('out') ?? join(projectRoot, 'data/kolada.json');

try {
  const mapping = koladaMappingSchema.parse(JSON.parse(readFileSync(mappingFile, 'utf8'))).kpis;
  const kpis = Object.keys(mapping);
  const yearList = years(option('years') ?? '2016-2025');
  const municipalities = option('municipalities')?.split(',').filter(Boolean);
  const api = (option('api') ?? 'https://api.kolada.se/v3').replace(/\/$/, '');

  // 1. Titles, checked before any data is asked for.
  const titles: Record<string, { title: string }> = {};
  for (const ids of chunks(kpis)) {
    for (const raw of await fetchAll(`${api}/kpi/${ids.join(',')}`)) {
      const kpi = raw as { id?: unknown; title?: unknown };
      if (typeof kpi.id === 'string' && typeof kpi.title === 'string') titles[kpi.id] = { title: kpi.title };
    }
  }
  const problems = kpis.flatMap((id) => {
    const title = titles[id]?.title;
    if (title === undefined) return [`${id}: Kolada has no KPI with this id`];
    const mismatch = koladaTitleMismatch(id, mapping[id]!, title);
    return mismatch ? [mismatch] : [];
  });
  if (problems.length) throw new Error(`${problems.join('; ')}. Correct ${mappingFile}.`);
  for (const id of kpis.filter((k) => mapping[k]!.verified === false))
    process.stdout.write(`note: ${id} is marked unverified in the mapping; Kolada calls it "${titles[id]!.title}"\n`);

  // 2–3. Data, in chunks of at most 25 ids per segment, every page of every chunk.
  const values: unknown[] = [];
  let deleted = 0;
  for (const kpiIds of chunks(kpis))
    for (const munIds of municipalities ? chunks(municipalities) : [null])
      for (const yearIds of chunks(yearList)) {
        const url =
          `${api}/data/kpi/${kpiIds.join(',')}` +
          (munIds ? `/municipality/${munIds.join(',')}` : '') +
          `/year/${yearIds.join(',')}`;
        for (const entry of await fetchAll(url)) {
          if ((entry as { isdeleted?: unknown }).isdeleted === true) deleted++;
          else values.push(entry);
        }
      }

  // 4. Written whole or not at all: the import never sees half a download.
  const file = {
    source: api,
    fetched: new Date().toISOString(),
    kpis: Object.fromEntries(kpis.map((id) => [id, titles[id]!])),
    values,
    count: values.length,
    next_url: null,
  };
  writeFileSync(`${out}.part`, JSON.stringify(file, null, 1));
  renameSync(`${out}.part`, out);
  process.stdout.write(
    `wrote ${values.length} entries to ${out}` +
      (deleted ? ` (${deleted} marked deleted by Kolada left out)` : '') +
      `; import with: npm run import:kolada -- ${out}\n`,
  );
} catch (err) {
  rmSync(`${out}.part`, { force: true });
  process.stderr.write(`fetch:kolada failed, nothing written: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
