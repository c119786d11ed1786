import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koladaMappingSchema, parseKoladaJson } from '../server/src/modules/results/index.js';
import { projectRoot } from '../server/src/shared/paths.js';

// A stand-in for the Kolada API on loopback: two pages linked by next_url, and a failing path.
const entry = (municipality: string, value: number) => ({
  kpi: 'N15419',
  municipality,
  period: 2025,
  values: [{ gender: 'T', count: 1, status: '', value }],
});

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

describe('npm run fetch:kolada', () => {
  let server: Server;
  let base = '';
  const requested: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lyfta-kolada-'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/broken/')) {
        res.statusCode = 503;
        res.end('{}');
      } else if (req.url === '/v2/page-2') {
        res.end(JSON.stringify({ values: [entry('0180', 80.5)], count: 1, next_url: null }));
      } else {
        res.end(JSON.stringify({ values: [entry('1880', 75.1)], count: 1, next_url: `${base}/v2/page-2` }));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for every mapped KPI, follows next_url to the last page and writes a file the import reads', async () => {
    const out = join(dir, 'kolada.json');
    const result = await run([
      '--api',
      `${base}/v2`,
      '--years',
      '2024-2025',
      '--municipalities',
      '1880,0180',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const mapping = koladaMappingSchema.parse(
      JSON.parse(readFileSync(join(projectRoot, 'scripts/kolada-kpis.json'), 'utf8')),
    ).kpis;
    const mapped = Object.keys(mapping);
    expect(requested[0]).toBe(`/v2/data/kpi/${mapped.join(',')}/municipality/1880,0180/year/2024,2025`);
    expect(requested[1]).toBe('/v2/page-2');
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ count: 2, next_url: null });
    const parsed = parseKoladaJson(written, mapping);
    expect(parsed.problems).toEqual([]);
    expect(parsed.measurements.map((m) => [m.organisationCode, m.value])).toEqual(
      expect.arrayContaining([
        ['1880', 75.1],
        ['0180', 80.5],
      ]),
    );
  });

  it('fails with a one-line reason and writes nothing when the API answers with an error', async () => {
    const out = join(dir, 'broken.json');
    const result = await run(['--api', `${base}/broken`, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/fetch:kolada failed, nothing written: .*HTTP 503/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
