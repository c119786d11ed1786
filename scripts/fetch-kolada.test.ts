import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { koladaMappingSchema, parseKoladaJson } from '../server/src/modules/results/index.js';
import { projectRoot } from '../server/src/shared/paths.js';

// A stand-in for Kolada's v3 API on loopback, in the shape kolada.parse.ts describes:
//   /{mode}/v3/kpi/{ids}                                  → titles
//   /{mode}/v3/data/kpi/{ids}[/municipality/{ids}]/year/{years}[?page=n] → data, PAGE entries a page
// mode "ok" answers; "e500" fails data requests with 500; "e404" answers everything with 404.
// It refuses (400) a path segment with more than 25 ids, as Kolada does.
const PAGE = 50;
const TITLES: Record<string, string> = {
  N15419: 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen, kommunala skolor, andel (%)',
  N15418: 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen, hemkommun, andel (%)',
  N15505: 'Elever i åk 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)',
  N15507: 'Elever i åk 9, meritvärde hemkommun, genomsnitt (17 ämnen)',
  N15436: 'Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)',
  N15428: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)',
  N15503: 'Elever i åk 9, genomsnittlig betygspoäng i matematik, hemkommun',
};
const title = (id: string) => TITLES[id] ?? 'Elever i åk 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)';
/** The stand-in's value for one KPI, municipality and year (the test computes it the same way). */
const valueOf = (kpi: string, municipality: string, year: number) =>
  Math.round((Number(municipality.slice(2)) + (year - 2000) + Number(kpi.slice(-2)) / 10) * 10) / 10;
/** Deleted in Kolada: N15419 for Stockholm 2024. Missing: N15505 for Stockholm 2025. */
const isDeleted = (kpi: string, m: string, year: number) => kpi === 'N15419' && m === '0180' && year === 2024;
const isMissing = (kpi: string, m: string, year: number) => kpi === 'N15505' && m === '0180' && year === 2025;

function entry(kpi: string, municipality: string, period: number) {
  const missing = isMissing(kpi, municipality, period);
  return {
    kpi,
    municipality,
    period,
    ...(isDeleted(kpi, municipality, period) ? { isdeleted: true } : {}),
    values: [
      missing
        ? { gender: 'T', count: 0, status: 'Missing', value: null }
        : { gender: 'T', count: 1, status: '', value: valueOf(kpi, municipality, period) },
    ],
  };
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'scripts/fetch-kolada.ts'), ...args],
      { cwd: projectRoot },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run fetch:kolada against a stand-in of Kolada v3', () => {
  let server: Server;
  let base = '';
  let requested: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lyfta-kolada-'));
  const mapping = koladaMappingSchema.parse(
    JSON.parse(readFileSync(join(projectRoot, 'scripts/kolada-kpis.json'), 'utf8')),
  ).kpis;
  const mapped = Object.keys(mapping);
  /** 30 municipality codes: more than one segment's worth. */
  const thirty = ['1880', '0180', ...Array.from({ length: 28 }, (_, i) => String(1401 + i))];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const url = new URL(req.url ?? '/', base);
      const [, mode, version, ...rest] = url.pathname.split('/');
      const send = (status: number, body: unknown) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      };
      const segments: Record<string, string[]> = {};
      const pairs = rest[0] === 'data' ? rest.slice(1) : rest;
      for (let i = 0; i + 1 < pairs.length; i += 2) segments[pairs[i]!] = pairs[i + 1]!.split(',');
      if (mode === 'e404' || version !== 'v3') return send(404, { error: 'not found' });
      if (Object.values(segments).some((ids) => ids.length > 25)) return send(400, { error: 'too many ids' });
      if (rest[0] === 'kpi') {
        const ids = segments.kpi!;
        return send(200, { values: ids.map((id) => ({ id, title: title(id) })), count: ids.length, next_url: null });
      }
      if (rest[0] !== 'data') return send(404, { error: 'not found' });
      if (mode === 'e500') return send(500, { error: 'internal' });
      const kpis = segments.kpi ?? [];
      const municipalities = segments.municipality ?? ['1880', '0180'];
      const years = (segments.year ?? []).map(Number);
      const all = kpis.flatMap((k) => municipalities.flatMap((m) => years.map((y) => entry(k, m, y))));
      const page = Number(url.searchParams.get('page') ?? '1');
      const values = all.slice((page - 1) * PAGE, page * PAGE);
      const next = page * PAGE < all.length ? `${base}${url.pathname}?page=${page + 1}` : null;
      send(200, { values, count: values.length, next_url: next });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    requested = [];
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks titles, asks in chunks of at most 25 municipalities, follows next_url, drops deleted rows and keeps missing values', async () => {
    const out = join(dir, 'kolada.json');
    const result = await run([
      '--api',
      `${base}/ok/v3`,
      '--years',
      '2024-2025',
      '--municipalities',
      thirty.join(','),
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Titles first, then data: the 30 municipalities in two segments (25 and 5), each followed to its last page.
    expect(requested[0]).toBe(`/ok/v3/kpi/${mapped.join(',')}`);
    const firstChunk = `/ok/v3/data/kpi/${mapped.join(',')}/municipality/${thirty.slice(0, 25).join(',')}/year/2024,2025`;
    const secondChunk = `/ok/v3/data/kpi/${mapped.join(',')}/municipality/${thirty.slice(25).join(',')}/year/2024,2025`;
    const pagesOf = (n: number) => Math.ceil(n / PAGE);
    expect(requested.slice(1)).toEqual([
      firstChunk,
      ...Array.from({ length: pagesOf(6 * 25 * 2) - 1 }, (_, i) => `${firstChunk}?page=${i + 2}`),
      secondChunk,
      ...Array.from({ length: pagesOf(6 * 5 * 2) - 1 }, (_, i) => `${secondChunk}?page=${i + 2}`),
    ]);
    expect(result.stdout).toMatch(/1 marked deleted by Kolada left out/);

    const written = readFileSync(out, 'utf8');
    const file = JSON.parse(written) as { count: number; next_url: null; kpis: Record<string, { title: string }> };
    expect(file.count).toBe(6 * 30 * 2 - 1);
    expect(file.next_url).toBeNull();
    expect(file.kpis).toEqual(Object.fromEntries(mapped.map((id) => [id, { title: TITLES[id] }])));

    const parsed = parseKoladaJson(written, mapping);
    expect(parsed.problems).toEqual([]);
    expect(parsed.measurements).toHaveLength(6 * 30 * 2 - 1);
    const find = (kpi: string, code: string, year: number) =>
      parsed.measurements.find((m) => m.source.endsWith(kpi) && m.organisationCode === code && m.year === year);
    // Every value is the stand-in's own, with the integer period as the year.
    for (const kpi of mapped)
      for (const code of thirty)
        for (const year of [2024, 2025]) {
          if (isDeleted(kpi, code, year)) expect(find(kpi, code, year)).toBeUndefined();
          else if (!isMissing(kpi, code, year)) expect(find(kpi, code, year)?.value).toBe(valueOf(kpi, code, year));
        }
    expect(find('N15505', '0180', 2025)).toMatchObject({ value: null, missingReason: 'noData', rawMark: 'Missing' });
  });

  it('chunks more than 25 KPIs and more than 25 years, and combines every chunk', async () => {
    const many = ['N15505', ...Array.from({ length: 26 }, (_, i) => `N9${String(i).padStart(4, '0')}`)];
    const mappingFile = join(dir, 'many.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({
        kpis: Object.fromEntries(many.map((id) => [id, { indicator: 'ak9.meritValue', organiserType: 'municipal' }])),
      }),
    );
    const out = join(dir, 'many-out.json');
    const result = await run([
      '--api',
      `${base}/ok/v3`,
      '--mapping',
      mappingFile,
      '--years',
      '1990-2020',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(requested.filter((u) => u.includes('/kpi/') && !u.includes('/data/'))).toEqual([
      `/ok/v3/kpi/${many.slice(0, 25).join(',')}`,
      `/ok/v3/kpi/${many.slice(25).join(',')}`,
    ]);
    const years = Array.from({ length: 31 }, (_, i) => 1990 + i);
    const firstPages = requested.filter((u) => u.includes('/data/') && !u.includes('?page='));
    expect(firstPages).toEqual([
      `/ok/v3/data/kpi/${many.slice(0, 25).join(',')}/year/${years.slice(0, 25).join(',')}`,
      `/ok/v3/data/kpi/${many.slice(0, 25).join(',')}/year/${years.slice(25).join(',')}`,
      `/ok/v3/data/kpi/${many.slice(25).join(',')}/year/${years.slice(0, 25).join(',')}`,
      `/ok/v3/data/kpi/${many.slice(25).join(',')}/year/${years.slice(25).join(',')}`,
    ]);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { values: { kpi: string; period: number }[] };
    // 27 KPIs × 2 municipalities (the stand-in's whole country) × 31 years, every page of every chunk.
    expect(file.values).toHaveLength(27 * 2 * 31);
    expect(new Set(file.values.map((v) => `${v.kpi}|${v.period}`)).size).toBe(27 * 31);
  });

  it('stops before asking for data when a KPI title does not match its measure', async () => {
    const mappingFile = join(dir, 'wrong.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({ kpis: { N15503: { indicator: 'ak9.meritValue', organiserType: 'home' } } }),
    );
    const out = join(dir, 'wrong-out.json');
    const result = await run(['--api', `${base}/ok/v3`, '--mapping', mappingFile, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /^fetch:kolada failed, nothing written: N15503 is mapped to ak9\.meritValue \(home\) but Kolada's title is "Elever i åk 9, genomsnittlig betygspoäng i matematik, hemkommun", which lacks "meritvärde"/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(requested.some((u) => u.includes('/data/'))).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['e500', /Kolada answered HTTP 500 .*\/e500\/v3\/data\/kpi\//],
    ['e404', /Kolada answered HTTP 404 .*\/e404\/v3\/kpi\/.*is --api the v3 address/],
  ])('fails with a one-line reason and writes nothing when Kolada answers %s', async (mode, message) => {
    const out = join(dir, `${mode}.json`);
    const result = await run(['--api', `${base}/${mode}/v3`, '--years', '2025-2025', '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^fetch:kolada failed, nothing written: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
