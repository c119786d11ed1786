// API benchmark: `npm run bench`. Imports the 64,710-row long file into a fresh embedded
// database, times the full ranking of one year, then loads the GraphQL `municipalityResults`
// query over HTTP and a bare node:http server answering the same bytes, with the same load
// generator (keep-alive connections in a worker thread, loopback only, bounded count and time).
// Then the plan page: the client's `Plan` query, byte for byte as urql sends it, for Borås's
// demo plan signed in as its leader (no response cache on that path), against the same baseline.
// Writes bench-results/api.json and prints a Markdown table. Figures for the README, not tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRequest, formatDocument } from '@urql/core';
import { makeFetchBody } from '@urql/core/internal';
import { PlanDocument } from '../client/src/api/generated/graphql.js';
import { hashPassword } from '../server/src/auth/index.js';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORD, loadDemo } from '../server/src/demo/index.js';
import { findOrganisationByCode, seedOrganisations } from '../server/src/modules/organisations/index.js';
import { seededPlanOf } from '../server/src/modules/plans/index.js';
import { seedPeople } from '../server/src/modules/people/index.js';
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
const rounded = (l: LoadResult) => ({ ...l, rps: round(l.rps, 0), p50: round(l.p50, 2), p99: round(l.p99, 2) });

/** Signs in over GraphQL and returns the Cookie header the session needs. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
      variables: { email, password },
    }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
  return cookie;
}

/** A bare node:http server answering every request with the given bytes: the ceiling the API is compared with. */
async function bareServer(bytes: Buffer, headers: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { ...headers, 'content-length': bytes.length });
      res.end(bytes);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

/** Loads the API and a bare server with the same reply, warm-up first; returns the sample reply and both figures. */
async function compare(port: number, headers: Record<string, string>, body: string, expect: string) {
  const sample = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body });
  const replyBytes = Buffer.from(await sample.arrayBuffer());
  const replyHeaders = Object.fromEntries([...sample.headers].filter(([k]) => k === 'content-type'));
  const text = replyBytes.toString('utf8');
  if (!text.includes(expect) || text.includes('"errors"')) throw new Error(`unexpected reply: ${text.slice(0, 300)}`);
  const server = await bareServer(replyBytes, replyHeaders);
  servers.push(server);
  const barePort = (server.address() as AddressInfo).port;
  await runLoad(port, headers, body, 2000, 2); // warm-up
  await runLoad(barePort, headers, body, 2000, 2);
  const api = await runLoad(port, headers, body);
  const bare = await runLoad(barePort, headers, body);
  return { replyBytes: replyBytes.length, api: rounded(api), bare: rounded(bare), ratio: round(api.rps / bare.rps, 3) };
}

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
const servers: Server[] = [];
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

  // 3. A signed-in reader of results, and the demo (Borås's plan, its leader).
  await loadDemo();
  if (!(await findOrganisationByCode('1880')))
    await seedOrganisations([
      { code: '1880', kind: 'municipality', name: 'Örebro kommun', municipalityCode: '1880', parentId: null },
    ]);
  const orebro = (await findOrganisationByCode('1880'))!;
  await seedPeople([
    {
      name: 'Bench',
      email: 'bench@lyfta.test',
      passwordHash: await hashPassword('bench-password-123'),
      memberships: [
        { organisationId: orebro._id, organisationCode: '1880', municipalityCode: '1880', role: 'teacher' },
      ],
    },
  ]);
  const cookie = await signIn(lyfta.url, 'bench@lyfta.test', 'bench-password-123');
  const body = JSON.stringify({ query: QUERY, variables: { code: '1880' } });
  const headers = { 'content-type': 'application/json', cookie, 'content-length': String(Buffer.byteLength(body)) };

  // 4. municipalityResults (served from the results cache) and the bare server answering the same bytes.
  const municipalityResults = await compare(lyfta.port, headers, body, '"municipalityResults"');
  // The same stack answering a trivial signed-in query: what the server costs before any results work.
  const healthBody = JSON.stringify({ query: '{ health { ok } }' });
  const healthLoad = await runLoad(
    lyfta.port,
    { ...headers, 'content-length': String(Buffer.byteLength(healthBody)) },
    healthBody,
  );

  // 5. The plan page, uncached: the client's document with urql's __typename fields and fetch body.
  const borasPlan = await seededPlanOf('1490');
  if (!borasPlan) throw new Error('the demo has no plan for Borås');
  const planBody = JSON.stringify(
    makeFetchBody(createRequest(formatDocument(PlanDocument), { id: borasPlan.id.toHexString() })),
  );
  const leaderCookie = await signIn(lyfta.url, 'forvaltning.boras@lyfta.example', DEMO_PASSWORD);
  const planHeaders = {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    cookie: leaderCookie,
    'content-length': String(Buffer.byteLength(planBody)),
  };
  const planPage = await compare(lyfta.port, planHeaders, planBody, '"actionPlan"');
  const planItems = borasPlan.items;

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
      ...municipalityResults,
      baselineHealthQuery: rounded(healthLoad),
      target: { minRatio: 0.25, maxP99Ms: 25 },
    },
    planPage: {
      query: 'Plan (client document, Borås, signed in as its leader)',
      items: planItems,
      ...planPage,
      target: { minRatio: 0.06, stretchRatio: 0.1, maxP99Ms: 50 },
    },
  };
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results/api.json'), JSON.stringify(result, null, 2) + '\n');
  const m = result.municipalityResults;
  const p = result.planPage;
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
      `| plan page \`Plan\` over GraphQL, uncached (${p.replyBytes} B, ${p.items} items, ${CONNECTIONS} connections) | ${p.api.rps} req/s, p50 ${p.api.p50} ms, p99 ${p.api.p99} ms |`,
      `| bare node:http, same bytes | ${p.bare.rps} req/s, p50 ${p.bare.p50} ms, p99 ${p.bare.p99} ms |`,
      `| plan page API / bare throughput | ${(p.ratio * 100).toFixed(1)} % (target ≥ 6 %, stretch 10 %, p99 < 50 ms) |`,
      `| baseline: \`{ health { ok } }\` signed in, same stack | ${m.baselineHealthQuery.rps} req/s, p50 ${m.baselineHealthQuery.p50} ms, p99 ${m.baselineHealthQuery.p99} ms |`,
      `| machine load average (1 min) at the end | ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores |`,
      '',
    ].join('\n'),
  );
} finally {
  for (const server of servers) {
    await new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
  }
  await lyfta.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
