// API benchmark: `npm run bench`. Imports the 64,710-row long file into a fresh embedded
// database, times the full ranking of one year, then loads the GraphQL `municipalityResults`
// query over HTTP and a bare node:http server answering the same bytes, with the same load
// generator (keep-alive connections in a worker thread, loopback only, bounded count and time).
// Then the plan page: the client's `Plan` query, byte for byte as urql sends it, for Borås's
// demo plan signed in as its leader (no response cache on that path), against the same baseline.
// Each target and its bare server are loaded in turns, BENCH_ROUNDS times (3) for BENCH_SECONDS (4)
// each; the figures are those of the round with the median ratio, CPU per request over all rounds.
// Writes bench-results/api.json and prints a Markdown table. Figures for the README, not tests.
// BENCH_ONLY=plan skips the import, the ranking and municipalityResults (which need the import):
// the demo, the signed-in baseline and the plan page only, written to bench-results/api-plan.json.
// BENCH_PROFILE=<dir> also writes a CPU profile of the API's main thread during each measured load
// and the signed-in baseline (<dir>/<target>.cpuprofile, for Chrome DevTools or scripts/profile-summary.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { Worker } from 'node:worker_threads';

// The server runs as in production, where NODE_ENV=production is set before it starts: libraries
// read it when they load (graphql-js leaves out its development-only checks), so it is set here
// before anything of the server or its libraries is imported.
process.env.NODE_ENV = 'production';
// The server as `npm start` runs it: the compiled JavaScript in dist/ (`npm run bench` builds it
// first), not the TypeScript through tsx's loader, whose resolver also runs on every require()
// a library makes while serving (Apollo requires node:crypto per request).
const compiled = (path: string) => new URL(`../dist/server/src/${path}`, import.meta.url).href;
const { createRequest, formatDocument } = await import('@urql/core');
const { makeFetchBody } = await import('@urql/core/internal');
const { PlanDocument } = await import('../client/src/api/generated/graphql.js');
const { hashPassword } = (await import(compiled('auth/index.js'))) as typeof import('../server/src/auth/index.js');
const { loadConfig } = (await import(compiled('config.js'))) as typeof import('../server/src/config.js');
const { DEMO_PASSWORD, loadDemo } = (await import(
  compiled('demo/index.js')
)) as typeof import('../server/src/demo/index.js');
const { findOrganisationByCode, seedOrganisations } = (await import(
  compiled('modules/organisations/index.js')
)) as typeof import('../server/src/modules/organisations/index.js');
const { seededPlanOf } = (await import(
  compiled('modules/plans/index.js')
)) as typeof import('../server/src/modules/plans/index.js');
const { seedPeople } = (await import(
  compiled('modules/people/index.js')
)) as typeof import('../server/src/modules/people/index.js');
const { importSkolverketFile, invalidateResults, rankingFor } = (await import(
  compiled('modules/results/index.js')
)) as typeof import('../server/src/modules/results/index.js');
const { createLogger } = (await import(
  compiled('shared/logger.js')
)) as typeof import('../server/src/shared/logger.js');
const { projectRoot } = (await import(compiled('shared/paths.js'))) as typeof import('../server/src/shared/paths.js');
const { startLyfta } = (await import(compiled('start.js'))) as typeof import('../server/src/start.js');
const { aggregateAll } = (await import(
  compiled('database/aggregate.js')
)) as typeof import('../server/src/database/aggregate.js');
const { default: mongoose } = await import('mongoose');

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
// The API and the bare server are loaded in turns, this many times each: a busy neighbour on a
// shared machine then slows one round of each, not all of one side.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'plan') throw new Error(`BENCH_ONLY=${ONLY}: only "plan" is known`);
const PLAN_ONLY = ONLY === 'plan';
const PROFILE_DIR = process.env.BENCH_PROFILE;
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
const percents = (ratios: number[]) => ratios.map((r) => `${(r * 100).toFixed(1)} %`).join(', ');
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

// CPU time from /proc (Linux): what a request costs the API's main thread and the database
// process, whatever else the machine is doing. Undefined where /proc is missing.
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU milliseconds of a process or thread from its /proc stat file. */
function cpuMs(statPath: string): number | undefined {
  try {
    const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** CPU of the API's main thread (not the load generator's) and of the embedded database. */
function cpuNow(): { api?: number; database?: number } {
  const dbPid = lyfta.database.embedded?.pid();
  return {
    api: cpuMs(`/proc/${process.pid}/task/${process.pid}/stat`),
    database: dbPid === undefined ? undefined : cpuMs(`/proc/${dbPid}/stat`),
  };
}

/** CPU milliseconds per request between two readings of {@link cpuNow}. */
function cpuPerRequest(before: ReturnType<typeof cpuNow>, after: ReturnType<typeof cpuNow>, requests: number) {
  const per = (a?: number, b?: number) =>
    a === undefined || b === undefined ? undefined : round((b - a) / requests, 2);
  return { api: per(before.api, after.api), database: per(before.database, after.database) };
}

/** Runs `work`, with the main thread's CPU profile written to BENCH_PROFILE/<name>.cpuprofile when asked for. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** Loads the API and a bare server with the same reply, warm-up first; returns the sample reply and both figures. */
async function compare(name: string, port: number, headers: Record<string, string>, body: string, expect: string) {
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
  const rounds: Array<{ api: LoadResult; bare: LoadResult }> = [];
  // CPU is summed over the API's rounds only: the bare server runs on this same main thread.
  const spent = { api: 0, database: 0, requests: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    const before = cpuNow();
    // The profile, when asked for, covers the first round of the API.
    const api = await (i === 0 ? profiled(name, () => runLoad(port, headers, body)) : runLoad(port, headers, body));
    const after = cpuNow();
    spent.api += (after.api ?? NaN) - (before.api ?? NaN);
    spent.database += (after.database ?? NaN) - (before.database ?? NaN);
    spent.requests += api.requests;
    rounds.push({ api, bare: await runLoad(barePort, headers, body) });
  }
  const ratios = rounds.map((r) => r.api.rps / r.bare.rps);
  const median = indexOfMedian(ratios);
  const middle = rounds[median]!;
  const perRequest = (ms: number) => (Number.isNaN(ms) ? undefined : round(ms / spent.requests, 2));
  return {
    replyBytes: replyBytes.length,
    rounds: rounds.length,
    // The round whose ratio is the median of the rounds'.
    api: rounded(middle.api),
    bare: rounded(middle.bare),
    ratio: round(ratios[median]!, 3),
    ratios: ratios.map((r) => round(r, 3)),
    // What one request cost in CPU over all the API's rounds, so runs on a busy machine compare too.
    cpuMsPerRequest: { api: perRequest(spent.api), database: perRequest(spent.database) },
  };
}

const percentChange = (from: number, to: number) =>
  `${to <= from ? '−' : '+'}${Math.abs(Math.round((100 * (to - from)) / from))} %`;

/**
 * The plan page's read of a plan with its areas and items, run in this process one call at a time:
 * through the driver's cursor (the baseline, as `collection.aggregate().toArray()`) and as the
 * aggregate command (`aggregateAll`, what the plan page uses). Rounds of each in turn; the lowest
 * CPU per call of each, in µs, of this process and of the database process.
 */
async function compareAggregations(planId: import('mongoose').Types.ObjectId) {
  const connection = mongoose.connection;
  const name = 'actionplans';
  const pipeline = [
    { $match: { _id: planId } },
    { $lookup: { from: 'areas', localField: '_id', foreignField: 'planId', as: '_areas' } },
    { $lookup: { from: 'actionitems', localField: '_id', foreignField: 'planId', as: '_items' } },
  ];
  const ways = {
    cursor: () => connection.db!.collection(name).aggregate(pipeline).toArray(),
    command: () => aggregateAll({ collection: { collectionName: name }, db: connection }, pipeline),
  };
  const best = { cursor: { api: Infinity, database: Infinity }, command: { api: Infinity, database: Infinity } };
  const calls = 300;
  for (const way of Object.values(ways)) for (let i = 0; i < calls; i++) await way();
  for (let round = 0; round < 5; round++) {
    for (const [key, way] of Object.entries(ways) as Array<[keyof typeof ways, () => Promise<unknown>]>) {
      const before = process.cpuUsage();
      const dbBefore = cpuNow().database;
      for (let i = 0; i < calls; i++) await way();
      const used = process.cpuUsage(before);
      const dbAfter = cpuNow().database;
      best[key].api = Math.min(best[key].api, Math.round((used.user + used.system) / calls));
      if (dbBefore !== undefined && dbAfter !== undefined)
        best[key].database = Math.min(best[key].database, Math.round(((dbAfter - dbBefore) * 1000) / calls));
    }
  }
  return { calls, rounds: 5, ...best };
}

/** The index of the median value (the lower middle one of an even count). */
function indexOfMedian(values: number[]): number {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  return order[Math.floor((order.length - 1) / 2)]![1];
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
  // 1. Import (skipped with BENCH_ONLY=plan).
  let t = performance.now();
  const summary = PLAN_ONLY ? undefined : await importSkolverketFile(LONG);
  const importMs = performance.now() - t;

  // 2. Ranking of one year: cold (loading from the database) and warm (pure computation).
  let rankingColdMs = 0;
  let rankingWarmMs = 0;
  if (!PLAN_ONLY) {
    invalidateResults();
    t = performance.now();
    await rankingFor(2025, 'all');
    rankingColdMs = performance.now() - t;
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      await rankingFor(2025, 'all', { meritValue: 2 });
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    rankingWarmMs = warm[10]!;
  }

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
  const municipalityResults = PLAN_ONLY
    ? undefined
    : await compare('municipalityResults', lyfta.port, headers, body, '"municipalityResults"');
  // The same stack answering a trivial signed-in query: what the server costs before any results work.
  const healthBody = JSON.stringify({ query: '{ health { ok } }' });
  const healthBefore = cpuNow();
  const healthLoad = await profiled('health', () =>
    runLoad(lyfta.port, { ...headers, 'content-length': String(Buffer.byteLength(healthBody)) }, healthBody),
  );
  const healthCpuMs = cpuPerRequest(healthBefore, cpuNow(), healthLoad.requests);

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
  const planPage = await compare('planPage', lyfta.port, planHeaders, planBody, '"actionPlan"');
  const planItems = borasPlan.items;
  const planRead = await compareAggregations(borasPlan.id);

  const health = { ...rounded(healthLoad), cpuMsPerRequest: healthCpuMs };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((l) => round(l, 2)),
    database: 'embedded',
    connections: CONNECTIONS,
    ...(summary && {
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
    }),
    municipalityResults: {
      ...municipalityResults,
      baselineHealthQuery: health,
      target: { minRatio: 0.25, maxP99Ms: 25 },
    },
    planPage: {
      query: 'Plan (client document, Borås, signed in as its leader)',
      items: planItems,
      ...planPage,
      target: { minRatio: 0.06, stretchRatio: 0.1, maxP99Ms: 50 },
      aggregation: planRead,
    },
  };
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  const out = PLAN_ONLY ? 'bench-results/api-plan.json' : 'bench-results/api.json';
  writeFileSync(join(projectRoot, out), JSON.stringify(result, null, 2) + '\n');
  const p = result.planPage;
  const lines = ['', `| what | figure |`, `|---|---|`];
  if (summary && municipalityResults) {
    const m = municipalityResults;
    lines.push(
      `| import ${summary.rows.toLocaleString('en')} rows (long file, embedded db, incl. model values and ranks) | ${(importMs / 1000).toFixed(1)} s (${round(summary.rows / (importMs / 1000), 0)} rows/s) |`,
      `| ranking of 290 municipalities, 2025, from the database | ${round(rankingColdMs)} ms |`,
      `| ranking with custom weights, in memory | ${round(rankingWarmMs, 2)} ms |`,
      `| \`municipalityResults\` over GraphQL (${m.replyBytes} B, ${CONNECTIONS} connections) | ${m.api.rps} req/s, p50 ${m.api.p50} ms, p99 ${m.api.p99} ms |`,
      `| bare node:http, same bytes | ${m.bare.rps} req/s, p50 ${m.bare.p50} ms, p99 ${m.bare.p99} ms |`,
      `| API / bare throughput, median of ${m.rounds} rounds (${percents(m.ratios)}) | ${(m.ratio * 100).toFixed(1)} % (target ≥ 25 %, p99 < 25 ms) |`,
      `| CPU per request: API main thread, database process | ${m.cpuMsPerRequest.api ?? '?'} ms, ${m.cpuMsPerRequest.database ?? '?'} ms |`,
    );
  }
  lines.push(
    `| plan page \`Plan\` over GraphQL, uncached (${p.replyBytes} B, ${p.items} items, ${CONNECTIONS} connections) | ${p.api.rps} req/s, p50 ${p.api.p50} ms, p99 ${p.api.p99} ms |`,
    `| bare node:http, same bytes | ${p.bare.rps} req/s, p50 ${p.bare.p50} ms, p99 ${p.bare.p99} ms |`,
    `| plan page API / bare throughput, median of ${p.rounds} rounds (${percents(p.ratios)}) | ${(p.ratio * 100).toFixed(1)} % (target ≥ 6 %, stretch 10 %, p99 < 50 ms) |`,
    `| plan page CPU per request: API main thread, database process | ${p.cpuMsPerRequest.api ?? '?'} ms, ${p.cpuMsPerRequest.database ?? '?'} ms |`,
    `| the plan's read (plan, areas, items), one at a time: CPU per call, driver's cursor → aggregate command | ${planRead.cursor.api} → ${planRead.command.api} µs in the API process (${percentChange(planRead.cursor.api, planRead.command.api)}), ${planRead.cursor.database} → ${planRead.command.database} µs in the database |`,
    `| baseline: \`{ health { ok } }\` signed in, same stack | ${health.rps} req/s, p50 ${health.p50} ms, p99 ${health.p99} ms; CPU per request ${health.cpuMsPerRequest.api ?? '?'} ms, ${health.cpuMsPerRequest.database ?? '?'} ms |`,
    `| machine load average (1 min) at the end | ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores |`,
    '',
  );
  process.stdout.write(lines.join('\n'));
} finally {
  for (const server of servers) {
    await new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
  }
  await lyfta.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
