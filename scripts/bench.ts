// API benchmark: `npm run bench`. Imports the 64,710-row long file into a fresh embedded
// database, times the full ranking of one year, then loads the GraphQL `municipalityResults`
// query over HTTP and a bare node:http server answering the same bytes, with the same load
// generator (keep-alive connections in a worker thread, loopback only, bounded count and time).
// Writes bench-results/api.json and prints a Markdown table. Figures for the README, not tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashPassword } from '../server/src/auth/index.js';
import { loadConfig } from '../server/src/config.js';
import { OrganisationModel } from '../server/src/modules/organisations/index.js';
import { PersonModel } from '../server/src/modules/people/index.js';
import { importSkolverketFile, invalidateResults, rankingFor } from '../server/src/modules/results/index.js';
import { createLogger } from '../server/src/shared/logger.js';
import { projectRoot } from '../server/src/shared/paths.js';
import { startLyfta } from '../server/src/start.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LONG = join(projectRoot, 'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz');
const QUERY = `query($code: String!) { municipalityResults(code: $code) { municipalityCode name countyName source
  years { year rank total band score incomplete pupils
    factors { measure indicatorKey actual { value missingReason mark } modelValue deviation
      rank rankMissing band deviationRank deviationRankMissing deviationBand } } } }`;

/** Load figures for one target. */
interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
}

// The load generator runs in its own thread so it does not share the server's event loop.
const loadWorker = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port, path, method, headers, body, connections, maxRequests, maxSeconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let sent = 0, errors = 0, bytes = 0;
const deadline = Date.now() + maxSeconds * 1000;
function one() {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (res.statusCode !== 200) errors++;
        bytes = n;
        resolve();
      });
    });
    req.on('error', () => { errors++; resolve(); });
    req.end(body);
  });
}
async function loop() {
  while (sent < maxRequests && Date.now() < deadline) { sent++; await one(); }
}
(async () => {
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, loop));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  parentPort.postMessage({ requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99), bytes });
})();
`;

function runLoad(
  port: number,
  headers: Record<string, string>,
  body: string,
  maxRequests = MAX_REQUESTS,
  maxSeconds = MAX_SECONDS,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(loadWorker, {
      eval: true,
      workerData: {
        port,
        path: '/graphql',
        method: 'POST',
        headers,
        body,
        connections: CONNECTIONS,
        maxRequests,
        maxSeconds,
      },
    });
    worker.once('message', (m: LoadResult) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const dataDir = mkdtempSync(join(tmpdir(), 'lyfta-bench-'));
const config = loadConfig({
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LYFTA_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
});
const logger = createLogger('warn');
const lyfta = await startLyfta(config, logger, { hooks: [] });
let bare: Server | undefined;
try {
  // 1. Import.
  let t = performance.now();
  const summary = await importSkolverketFile(LONG);
  const importMs = performance.now() - t;

  // 2. Ranking of one year: cold (loading from the database) and warm (pure computation).
  invalidateResults();
  t = performance.now();
  await rankingFor(2025, 'all');
  const rankingColdMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await rankingFor(2025, 'all', { meritValue: 2 });
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const rankingWarmMs = warm[10]!;

  // 3. A signed-in reader.
  const [org] = await OrganisationModel.create([
    { code: '1880', kind: 'municipality', name: 'Örebro kommun', municipalityCode: '1880', parentId: null },
  ]);
  await PersonModel.create([
    {
      name: 'Bench',
      email: 'bench@lyfta.test',
      passwordHash: await hashPassword('bench-password-123'),
      memberships: [{ organisationId: org!._id, organisationCode: '1880', municipalityCode: '1880', role: 'teacher' }],
    },
  ]);
  const loginRes = await fetch(`${lyfta.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "bench@lyfta.test", password: "bench-password-123") { expiresAt } }',
    }),
  });
  const cookie = loginRes.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = JSON.stringify({ query: QUERY, variables: { code: '1880' } });
  const headers = { 'content-type': 'application/json', cookie, 'content-length': String(Buffer.byteLength(body)) };
  const sample = await fetch(`${lyfta.url}/graphql`, { method: 'POST', headers, body });
  const replyBytes = Buffer.from(await sample.arrayBuffer());
  const replyHeaders = Object.fromEntries([...sample.headers].filter(([k]) => k === 'content-type'));
  if (!replyBytes.toString('utf8').includes('"municipalityResults"'))
    throw new Error(`unexpected reply: ${replyBytes.toString('utf8').slice(0, 300)}`);

  // 4. The bare server answers the very same bytes.
  bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { ...replyHeaders, 'content-length': replyBytes.length });
      res.end(replyBytes);
    });
  });
  bare.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => bare!.listen(0, '127.0.0.1', r));
  const barePort = (bare.address() as AddressInfo).port;

  await runLoad(lyfta.port, headers, body, 2000, 2); // warm-up
  await runLoad(barePort, headers, body, 2000, 2);
  const apiLoad = await runLoad(lyfta.port, headers, body);
  const bareLoad = await runLoad(barePort, headers, body);
  // The same stack answering a trivial signed-in query: what the server costs before any results work.
  const healthBody = JSON.stringify({ query: '{ health { ok } }' });
  const healthLoad = await runLoad(
    lyfta.port,
    { ...headers, 'content-length': String(Buffer.byteLength(healthBody)) },
    healthBody,
  );

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((l) => round(l, 2)),
    database: 'embedded',
    connections: CONNECTIONS,
    import: {
      file: 'ak9_betygsresultat_over_tid_kommun_long.csv.gz',
      rows: summary.rows,
      ms: round(importMs, 0),
      rowsPerSecond: round(summary.rows / (importMs / 1000), 0),
      derived: summary.derived,
    },
    ranking: {
      year: 2025,
      municipalities: 290,
      coldMs: round(rankingColdMs),
      warmCustomWeightsMs: round(rankingWarmMs, 2),
    },
    municipalityResults: {
      replyBytes: replyBytes.length,
      api: { ...apiLoad, rps: round(apiLoad.rps, 0), p50: round(apiLoad.p50, 2), p99: round(apiLoad.p99, 2) },
      bare: { ...bareLoad, rps: round(bareLoad.rps, 0), p50: round(bareLoad.p50, 2), p99: round(bareLoad.p99, 2) },
      ratio: round(apiLoad.rps / bareLoad.rps, 3),
      baselineHealthQuery: {
        ...healthLoad,
        rps: round(healthLoad.rps, 0),
        p50: round(healthLoad.p50, 2),
        p99: round(healthLoad.p99, 2),
      },
      target: { minRatio: 0.25, maxP99Ms: 25 },
    },
  };
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results/api.json'), JSON.stringify(result, null, 2) + '\n');
  const m = result.municipalityResults;
  process.stdout.write(
    [
      '',
      `| what | figure |`,
      `|---|---|`,
      `| import ${result.import.rows.toLocaleString('en')} rows (long file, embedded db, incl. model values and ranks) | ${(importMs / 1000).toFixed(1)} s (${result.import.rowsPerSecond} rows/s) |`,
      `| ranking of 290 municipalities, 2025, from the database | ${result.ranking.coldMs} ms |`,
      `| ranking with custom weights, in memory | ${result.ranking.warmCustomWeightsMs} ms |`,
      `| \`municipalityResults\` over GraphQL (${m.replyBytes} B, ${CONNECTIONS} connections) | ${m.api.rps} req/s, p50 ${m.api.p50} ms, p99 ${m.api.p99} ms |`,
      `| bare node:http, same bytes | ${m.bare.rps} req/s, p50 ${m.bare.p50} ms, p99 ${m.bare.p99} ms |`,
      `| API / bare throughput | ${(m.ratio * 100).toFixed(1)} % (target ≥ 25 %, p99 < 25 ms) |`,
      `| baseline: \`{ health { ok } }\` signed in, same stack | ${m.baselineHealthQuery.rps} req/s, p50 ${m.baselineHealthQuery.p50} ms, p99 ${m.baselineHealthQuery.p99} ms |`,
      `| machine load average (1 min) at the end | ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores |`,
      '',
    ].join('\n'),
  );
} finally {
  await new Promise<void>((r) => (bare ? bare.close(() => r()) : r()));
  bare?.closeAllConnections();
  await lyfta.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
