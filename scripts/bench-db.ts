/**
 * Benchmark of the embedded MongoDB-compatible server through the official driver.
 *
 *   tsx scripts/bench-db.ts [--docs N]
 *
 * Every operation is also run in-process on a plain array with mingo in the same run: the ratio
 * server/baseline shows what the wire and the disk cost. Prints the machine and a Markdown
 * table to stdout and writes bench-results/db.json. Never asserts timings.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BSON, MongoClient, ObjectId, type AnyBulkWriteOperation, type Collection, type Document } from 'mongodb';
import { aggregate as mingoAggregate, find as mingoFind } from 'mingo';
import { startEmbeddedMongo, type RunningEmbeddedMongo } from '../server/embedded-mongo/src/index.js';

interface Row {
  operation: string;
  /** Operations (or documents, for bulk loads) per second through the server. */
  opsPerSec: number;
  /** The same work in-process on arrays with mingo. */
  baselineOpsPerSec: number;
  /** Median and 99th-percentile latency in milliseconds, where single operations were timed. */
  p50Ms?: number;
  p99Ms?: number;
  unit: string;
  target?: string;
}

interface BenchDoc {
  _id: number;
  email: string;
  name: string;
  school: number;
  score: number;
  createdAt: Date;
  tags: string[];
}

const SCHOOLS = 50;

/** A result row as the statistics import writes it: one value per indicator, organisation, organiser type, year. */
interface MeasurementDoc {
  indicatorId: ObjectId;
  organisationCode: string;
  organiserType: string;
  year: number;
  value: number | null;
  source: string;
}

const ORGANISER_TYPES = ['all', 'municipal', 'independent'];

/** The i-th measurement; every i gives a distinct natural key (10 years × 3 organiser types × 290 codes × indicators). */
function makeMeasurement(i: number): MeasurementDoc {
  return {
    indicatorId: new ObjectId((Math.floor(i / 8_700) + 1).toString(16).padStart(24, '0')),
    organisationCode: String(1_000 + (Math.floor(i / 30) % 290)),
    organiserType: ORGANISER_TYPES[Math.floor(i / 10) % 3]!,
    year: 2015 + (i % 10),
    value: i % 7 === 0 ? null : (i * 37) % 100,
    source: 'bench',
  };
}

/** The upsert the import sends for one measurement: by its natural key, setting the value fields. */
function upsertOf(m: MeasurementDoc): AnyBulkWriteOperation<MeasurementDoc> {
  const { indicatorId, organisationCode, organiserType, year, ...fields } = m;
  return {
    updateOne: {
      filter: { indicatorId, organisationCode, organiserType, year },
      update: { $set: fields },
      upsert: true,
    },
  };
}

/** Reads `--docs N` (default 100,000). */
function parseDocs(argv: string[]): number {
  const at = argv.indexOf('--docs');
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--docs='))?.slice(7);
  const docs = raw === undefined ? 100_000 : Number(raw);
  if (!Number.isInteger(docs) || docs < 1_000) throw new Error('--docs must be an integer ≥ 1000');
  return docs;
}

/** The i-th synthetic document; deterministic so that both sides see the same data. */
function makeDoc(i: number): BenchDoc {
  return {
    _id: i,
    email: `user${i}@skola.se`,
    name: `Person ${i}`,
    school: i % SCHOOLS,
    score: (i * 7919) % 1000,
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    tags: i % 3 === 0 ? ['a', 'b'] : ['c'],
  };
}

/** Percentile of already sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times `fn` once; returns milliseconds. */
async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Pseudo-random but repeatable sequence, so runs are comparable. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs `count` timed operations; returns ops/s and latencies. */
async function timedLoop(count: number, op: (i: number) => Promise<unknown> | unknown) {
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const s = performance.now();
    await op(i);
    latencies.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  return { opsPerSec: (count / total) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Waits until a fresh client gets an answer to ping; returns the client. */
async function connectWhenReady(uri: string): Promise<MongoClient> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 30_000, maxPoolSize: 8 });
  await client.connect();
  await client.db('admin').command({ ping: 1 });
  return client;
}

/** The benchmark itself; returns the table rows. */
async function run(docsCount: number, dataDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const docs = Array.from({ length: docsCount }, (_, i) => makeDoc(i));
  const random = lcg(42);

  // The fixed cost of starting a server process, so the open row below can be read against it.
  const emptyDir = join(dataDir, '..', 'empty');
  await mkdir(emptyDir);
  let emptyServer: RunningEmbeddedMongo | undefined;
  const emptyOpenMs = await timeIt(async () => {
    emptyServer = await startEmbeddedMongo({ dbPath: emptyDir, port: 0, sync: true });
    await (await connectWhenReady(emptyServer.uri)).close();
  });
  await emptyServer?.stop();

  let server: RunningEmbeddedMongo = await startEmbeddedMongo({ dbPath: dataDir, port: 0, sync: true });
  let client = await connectWhenReady(server.uri);
  try {
    const db = client.db('bench');
    const coll: Collection<BenchDoc> = db.collection<BenchDoc>('people');

    // 1. insertMany in batches of 1,000.
    const batch = 1_000;
    const insertMs = await timeIt(async () => {
      for (let i = 0; i < docsCount; i += batch) await coll.insertMany(docs.slice(i, i + batch));
    });
    const baselineArray: BenchDoc[] = [];
    const baselineInsertMs = await timeIt(() => {
      for (let i = 0; i < docsCount; i += batch) baselineArray.push(...docs.slice(i, i + batch).map(cloneDoc));
    });
    rows.push({
      operation: `insertMany (${docsCount.toLocaleString('en')} docs, batches of ${batch})`,
      opsPerSec: (docsCount / insertMs) * 1000,
      baselineOpsPerSec: (docsCount / baselineInsertMs) * 1000,
      unit: 'docs/s',
      target: '≥ 30,000 docs/s',
    });

    await coll.createIndex({ email: 1 }, { unique: true });
    await coll.createIndex({ score: 1 });

    // 2. Single inserts with journal flush from a few concurrent clients.
    const singles = 2_000;
    const writers = 4;
    const extraClients = await Promise.all(Array.from({ length: writers }, () => connectWhenReady(server.uri)));
    const singleLatencies: number[] = [];
    const singleMs = await timeIt(() =>
      Promise.all(
        extraClients.map(async (c, w) => {
          const target = c.db('bench').collection<{ _id: number; w: number; at: Date }>('singles');
          for (let i = w; i < singles; i += writers) {
            const s = performance.now();
            await target.insertOne({ _id: i, w, at: new Date() }, { writeConcern: { w: 1, j: true } });
            singleLatencies.push(performance.now() - s);
          }
        }),
      ),
    );
    await Promise.all(extraClients.map((c) => c.close()));
    singleLatencies.sort((a, b) => a - b);
    const singleArray: Document[] = [];
    const baselineSingleMs = await timeIt(() => {
      for (let i = 0; i < singles; i++) singleArray.push(cloneDoc({ _id: i, w: i % writers, at: new Date() }));
    });
    rows.push({
      operation: `single inserts, j:true, ${writers} clients (${singles.toLocaleString('en')})`,
      opsPerSec: (singles / singleMs) * 1000,
      baselineOpsPerSec: (singles / baselineSingleMs) * 1000,
      p50Ms: percentile(singleLatencies, 50),
      p99Ms: percentile(singleLatencies, 99),
      unit: 'ops/s',
    });

    // 3. Indexed equality find over the wire; mingo scans the array (it has no indexes).
    const lookups = 2_000;
    const keys = Array.from({ length: lookups }, () => Math.floor(random() * docsCount));
    // Warm-up with other keys: the first few hundred queries after a start compile the server's hot path.
    for (let i = 0; i < 500; i++) await coll.findOne({ email: `user${Math.floor(random() * docsCount)}@skola.se` });
    const eq = await timedLoop(lookups, (i) => coll.findOne({ email: `user${keys[i]}@skola.se` }));
    const baselineLookups = Math.min(lookups, 200);
    const eqBase = await timedLoop(baselineLookups, (i) =>
      mingoFind(baselineArray, { email: `user${keys[i]}@skola.se` })
        .limit(1)
        .all(),
    );
    rows.push({
      operation: 'find by indexed email (equality)',
      opsPerSec: eq.opsPerSec,
      baselineOpsPerSec: eqBase.opsPerSec,
      p50Ms: eq.p50,
      p99Ms: eq.p99,
      unit: 'ops/s',
      target: 'p50 < 0.3 ms',
    });

    // 4. Range find with sort on the indexed field.
    const ranges = 500;
    const lows = Array.from({ length: ranges }, () => Math.floor(random() * 990));
    const range = await timedLoop(ranges, (i) =>
      coll
        .find({ score: { $gte: lows[i], $lt: lows[i] + 10 } })
        .sort({ score: 1 })
        .limit(100)
        .toArray(),
    );
    const rangeBase = await timedLoop(Math.min(ranges, 100), (i) =>
      mingoFind(baselineArray, { score: { $gte: lows[i], $lt: lows[i] + 10 } })
        .sort({ score: 1 })
        .limit(100)
        .all(),
    );
    rows.push({
      operation: 'range find on indexed score, sorted, limit 100',
      opsPerSec: range.opsPerSec,
      baselineOpsPerSec: rangeBase.opsPerSec,
      p50Ms: range.p50,
      p99Ms: range.p99,
      unit: 'ops/s',
    });

    // 5. $group aggregation over the whole collection.
    const pipeline = [
      { $match: { score: { $gte: 100 } } },
      { $group: { _id: '$school', n: { $sum: 1 }, avg: { $avg: '$score' }, max: { $max: '$score' } } },
      { $sort: { _id: 1 } },
    ];
    const groups = await timedLoop(5, () => coll.aggregate(pipeline).toArray());
    const groupsBase = await timedLoop(5, () => mingoAggregate(baselineArray, pipeline));
    rows.push({
      operation: `$group over ${docsCount.toLocaleString('en')} docs`,
      opsPerSec: groups.opsPerSec,
      baselineOpsPerSec: groupsBase.opsPerSec,
      p50Ms: groups.p50,
      unit: 'ops/s',
    });

    // 6. Opening the folder: stop, start, first ping answered.
    await client.close();
    await server.stop();
    let openClient: MongoClient | undefined;
    const openMs = await timeIt(async () => {
      server = await startEmbeddedMongo({ dbPath: dataDir, port: 0, sync: true });
      openClient = await connectWhenReady(server.uri);
    });
    client = openClient!;
    const count = await client.db('bench').collection('people').countDocuments();
    if (count !== docsCount) throw new Error(`after reopening: ${count} documents, expected ${docsCount}`);
    // Baseline: read all documents as BSON from one file and decode them.
    const dumpPath = join(dataDir, '..', `bench-dump-${process.pid}.bson`);
    await writeFile(dumpPath, Buffer.concat(baselineArray.map((d) => BSON.serialize(d))));
    const openBaseMs = await timeIt(async () => {
      const buf = await readFile(dumpPath);
      const decoded: Document[] = [];
      for (let at = 0; at < buf.length;) {
        const size = buf.readInt32LE(at);
        decoded.push(BSON.deserialize(buf.subarray(at, at + size)));
        at += size;
      }
      return decoded;
    });
    await rm(dumpPath, { force: true });
    rows.push({
      operation: 'open an empty folder (start → ping; process start-up only)',
      opsPerSec: 1000 / emptyOpenMs,
      baselineOpsPerSec: NaN,
      p50Ms: emptyOpenMs,
      unit: 'opens/s',
    });
    rows.push({
      operation: `open folder with ${docsCount.toLocaleString('en')} docs (start → ping)`,
      opsPerSec: 1000 / openMs,
      baselineOpsPerSec: 1000 / openBaseMs,
      p50Ms: openMs,
      unit: 'opens/s',
      target: '< 2 s',
    });

    // 7. bulkWrite upserts by a compound unique key into a collection with two compound indexes
    //    (the first start's results import), batches of 1,000, unordered.
    const upserts = Math.min(docsCount, 65_000);
    const measurements = client.db('bench').collection<MeasurementDoc>('measurements');
    await measurements.createIndex(
      { indicatorId: 1, organisationCode: 1, organiserType: 1, year: 1 },
      { unique: true },
    );
    await measurements.createIndex({ indicatorId: 1, year: 1, organiserType: 1 });
    const rowsToUpsert = Array.from({ length: upserts }, (_, i) => makeMeasurement(i));
    const upsertBatch = 1_000;
    const upsertMs = await timeIt(async () => {
      for (let i = 0; i < upserts; i += upsertBatch)
        await measurements.bulkWrite(rowsToUpsert.slice(i, i + upsertBatch).map(upsertOf), { ordered: false });
    });
    if ((await measurements.countDocuments()) !== upserts) throw new Error('bulkWrite upserts: wrong document count');
    // Baseline: each upsert finds its key with mingo on an array already holding the other rows.
    const measurementArray = rowsToUpsert.map(cloneDoc);
    const baselineUpserts = Math.min(upserts, 200);
    const upsertBase = await timedLoop(baselineUpserts, (i) => {
      const m = rowsToUpsert[upserts - 1 - i]!;
      const found = mingoFind(measurementArray, {
        indicatorId: m.indicatorId,
        organisationCode: m.organisationCode,
        organiserType: m.organiserType,
        year: m.year,
      }).all();
      if (found.length === 0) measurementArray.push(cloneDoc(m));
      else Object.assign(found[0]!, { value: m.value, source: m.source });
    });
    rows.push({
      operation: `bulkWrite upserts on a compound unique key, 2 compound indexes (${upserts.toLocaleString('en')}, batches of ${upsertBatch})`,
      opsPerSec: (upserts / upsertMs) * 1000,
      baselineOpsPerSec: upsertBase.opsPerSec,
      unit: 'ops/s',
    });
  } finally {
    await client.close().catch(() => undefined);
    await server.stop().catch(() => undefined);
  }
  return rows;
}

/** A BSON round trip, the cost any store pays to keep its own copy. */
function cloneDoc<T extends Document>(doc: T): T {
  return BSON.deserialize(BSON.serialize(doc)) as T;
}

/** Formats a number for the table. */
function fmt(n: number | undefined, digits = 0): string {
  if (n === undefined || !Number.isFinite(n)) return '–';
  // Slow rates (opens per second) would otherwise print as 0.
  const shown = digits === 0 && Math.abs(n) < 10 ? 2 : digits;
  return n.toLocaleString('en', { maximumFractionDigits: shown, minimumFractionDigits: shown });
}

/** A rate with its unit, or a dash where there is none. */
function rate(n: number, unit: string): string {
  return Number.isFinite(n) ? `${fmt(n)} ${unit}` : '–';
}

/** Prints the machine and the Markdown table. */
function report(rows: Row[], docsCount: number): string {
  const cpus = os.cpus();
  const lines = [
    `# Embedded MongoDB benchmark (${docsCount.toLocaleString('en')} documents)`,
    '',
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores`,
    `- Node ${process.version} on ${os.platform()} ${os.release()}`,
    `- Baseline: the same work in-process on plain arrays with mingo (ratio = server / baseline)`,
    '',
    '| operation | server | baseline | ratio | p50 ms | p99 ms | target |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.operation} | ${rate(r.opsPerSec, r.unit)} | ${rate(r.baselineOpsPerSec, r.unit)} | ${fmt(
        r.opsPerSec / r.baselineOpsPerSec,
        3,
      )} | ${fmt(r.p50Ms, 3)} | ${fmt(r.p99Ms, 3)} | ${r.target ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** Entry point. */
async function main(): Promise<void> {
  const docsCount = parseDocs(process.argv.slice(2));
  const parent = await mkdtemp(join(os.tmpdir(), 'lyfta-bench-'));
  const dataDir = join(parent, 'data');
  await mkdir(dataDir);
  try {
    const rows = await run(docsCount, dataDir);
    process.stdout.write(`${report(rows, docsCount)}\n`);
    await mkdir('bench-results', { recursive: true });
    const result = {
      date: new Date().toISOString(),
      docs: docsCount,
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version, platform: os.platform() },
      rows: rows.map((r) => ({ ...r, ratio: r.opsPerSec / r.baselineOpsPerSec })),
    };
    await writeFile(join('bench-results', 'db.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
