/** Read commands: find, getMore, killCursors, count, distinct, aggregate ($out and $merge included). */
import { BSON, Long, ObjectId } from 'bson';
import { fail, MongoServerError } from '../errors.js';
import { collectValues } from '../bson/paths.js';
import { bsonType, clone, hashKey, isPlainObject, num, truthy } from '../bson/values.js';
import { WriteBatch } from '../engine/engine.js';
import { idKey } from '../engine/collection.js';
import { runPipeline, stageName } from '../query/pipeline.js';
import { compileProjection } from '../query/projection.js';
import { sortDocuments } from '../query/sort.js';
import { applyUpdate } from '../query/update.js';
import { idFirst } from '../query/id-first.js';
import { userVariables } from '../query/variables.js';
import { refuseCollatedValues } from '../query/collation.js';
import type { CommandContext, CommandHandler } from './context.js';
import { collectionName, existing, implicit, optNum } from './util.js';

type Doc = Record<string, unknown>;

function batchSizeOf(cmd: Doc): number | undefined {
  const cursor = cmd.cursor;
  if (isPlainObject(cursor) && cursor.batchSize !== undefined) return num(cursor.batchSize);
  return undefined;
}

/** find */
export const find: CommandHandler = (cmd, ctx) => {
  const name = collectionName(cmd, 'find');
  const coll = existing(ctx, name);
  const filter = cmd.filter ?? {};
  const vars = userVariables('find.let', cmd.let);
  const project = compileProjection(cmd.projection, filter, vars);
  const skip = optNum(cmd, 'skip') ?? 0;
  if (skip < 0) fail(51024, "BSON field 'skip' value must be >= 0, actual value '" + skip + "'");
  let limit = optNum(cmd, 'limit') ?? 0;
  let single = truthy(cmd.singleBatch);
  if (limit < 0) {
    limit = -limit;
    single = true;
  }
  let docs = ctx.engine.findSorted(coll, filter, ctx.txn, cmd.sort, limit > 0 ? skip + limit : 0, cmd.collation, vars);
  if (skip > 0 || limit > 0) docs = docs.slice(skip, limit > 0 ? skip + limit : undefined);
  if (project) docs = docs.map(project);
  const batchSize = optNum(cmd, 'batchSize');
  return ctx.cursors.firstBatch(`${ctx.db}.${name}`, docs, batchSize, single);
};

/** getMore */
export const getMore: CommandHandler = (cmd, ctx) => {
  const raw = cmd.getMore;
  const id = bsonType(raw) === 'Long' ? (raw as Long) : Long.fromNumber(num(raw));
  const name = collectionName(cmd, 'collection');
  const reply = ctx.cursors.getMore(id, `${ctx.db}.${name}`, optNum(cmd, 'batchSize'));
  if (!reply) fail(43, `cursor id ${id.toString()} not found`);
  return reply;
};

/** killCursors */
export const killCursors: CommandHandler = (cmd, ctx) => {
  const ids = Array.isArray(cmd.cursors) ? cmd.cursors : [];
  const longs = ids.map((v) => (bsonType(v) === 'Long' ? (v as Long) : Long.fromNumber(num(v))));
  const { cursorsKilled, cursorsNotFound } = ctx.cursors.kill(longs);
  return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
};

/** count */
export const count: CommandHandler = (cmd, ctx) => {
  const name = collectionName(cmd, 'count');
  let n = ctx.engine.find(existing(ctx, name), cmd.query ?? {}, ctx.txn).length;
  const skip = optNum(cmd, 'skip') ?? 0;
  const limit = Math.abs(optNum(cmd, 'limit') ?? 0);
  n = Math.max(0, n - skip);
  if (limit > 0) n = Math.min(n, limit);
  return { n, ok: 1 };
};

/** distinct */
export const distinct: CommandHandler = (cmd, ctx) => {
  const name = collectionName(cmd, 'distinct');
  const key = cmd.key;
  if (typeof key !== 'string') fail(14, "BSON field 'distinct.key' is the wrong type, expected type 'string'");
  const seen = new Map<string, unknown>();
  for (const d of ctx.engine.find(existing(ctx, name), cmd.query ?? {}, ctx.txn)) {
    for (const v of collectValues(d, key)) {
      for (const x of Array.isArray(v) ? v : [v]) {
        const h = hashKey(x);
        if (!seen.has(h)) seen.set(h, x);
      }
    }
  }
  refuseCollatedValues('distinct', cmd.collation, [...seen.values()]);
  return {
    values: sortDocuments(
      [...seen.values()].map((v) => ({ v })),
      { v: 1 },
    ).map((x) => x.v),
    ok: 1,
  };
};

/** aggregate */
export const aggregate: CommandHandler = async (cmd, ctx) => {
  const target = cmd.aggregate;
  const pipeline = cmd.pipeline;
  if (!Array.isArray(pipeline)) fail(14, "'pipeline' option must be specified as an array");
  if (cmd.explain) fail(115, 'explain is not supported by this server');
  if (!isPlainObject(cmd.cursor) && !cmd.explain)
    fail(9, "The 'cursor' option is required, except for aggregate with the explain argument");
  // $collStats must come first; mongosh's stats() helpers use it.
  const first = pipeline[0] as Doc | undefined;
  const collStats = isPlainObject(first) && '$collStats' in first;
  const names = (collStats ? pipeline.slice(1) : pipeline).map(stageName);
  const lastName = names[names.length - 1];
  const writes = lastName === '$out' || lastName === '$merge';
  if (writes && isPlainObject(cmd.readConcern) && cmd.readConcern.level === 'linearizable')
    fail(72, `${lastName} cannot be used with a 'linearizable' read concern level`);
  const vars = userVariables('aggregate.let', cmd.let);
  let stages = (writes ? pipeline.slice(0, -1) : pipeline) as Doc[];
  let input: Doc[] = [];
  if (collStats) {
    stages = stages.slice(1);
    input = [collStatsDoc(ctx, String(target), first.$collStats)];
  } else if (typeof target === 'string') {
    // A leading $match goes through the planner, so indexes serve it.
    const head = stages[0];
    const leadingMatch =
      isPlainObject(head) && isPlainObject(head.$match) && !JSON.stringify(Object.keys(head.$match)).includes('$expr');
    input = ctx.engine.find(existing(ctx, target), leadingMatch ? head.$match : {}, ctx.txn, vars);
    if (leadingMatch) stages = stages.slice(1);
  } else if (!(typeof target === 'number' || bsonType(target) === 'Int32')) fail(73, 'Invalid aggregate namespace');
  const env = {
    readCollection: (n: string) => ctx.engine.find(existing(ctx, n), {}, ctx.txn),
    readCandidates: (n: string, filter: Doc) => ctx.engine.candidates(existing(ctx, n), filter, ctx.txn),
    collation: cmd.collation,
    variables: vars,
  };
  let docs = runPipeline(input, stages, env);
  const ns = `${ctx.db}.${typeof target === 'string' ? target : '$cmd.aggregate'}`;
  if (writes) {
    const spec = (pipeline[pipeline.length - 1] as Doc)[lastName!];
    if (ctx.txn) fail(263, `${lastName} cannot be used in a transaction`);
    await (lastName === '$out' ? out(ctx, spec, docs) : merge(ctx, spec, docs));
    docs = [];
  }
  return ctx.cursors.firstBatch(ns, docs, batchSizeOf(cmd));
};

function outTarget(ctx: CommandContext, spec: unknown): { db: string; coll: string } {
  if (typeof spec === 'string') return { db: ctx.db, coll: spec };
  if (isPlainObject(spec)) {
    const into = spec.into ?? spec.coll;
    if (typeof into === 'string') return { db: typeof spec.db === 'string' ? spec.db : ctx.db, coll: into };
    if (isPlainObject(into) && typeof into.coll === 'string')
      return { db: typeof into.db === 'string' ? into.db : ctx.db, coll: into.coll };
  }
  return fail(16990, 'invalid $out/$merge target');
}

async function out(ctx: CommandContext, spec: unknown, docs: Doc[]): Promise<void> {
  const { db, coll: name } = outTarget(ctx, spec);
  const batch = new WriteBatch();
  const engine = ctx.engine;
  const old = engine.getCollection(db, name);
  const indexSpecs = old ? [...old.indexes.values()].filter((i) => i.name !== '_id_').map((i) => i.spec) : [];
  // Build the result aside first so that a duplicate key leaves the old collection intact.
  const prepared = docs.map((d) => (d._id === undefined ? { _id: new ObjectId(), ...d } : idFirst(clone(d))));
  const seen = new Set<string>();
  for (const d of prepared) {
    const k = idKey(d._id);
    if (seen.has(k))
      fail(
        11000,
        `E11000 duplicate key error collection: ${db}.${name} index: _id_ dup key: { _id: ${String(d._id)} }`,
      );
    seen.add(k);
  }
  engine.dropCollection(db, name, batch);
  const coll = engine.ensureCollection(db, name, batch);
  for (const s of indexSpecs) engine.createIndex(coll, s, batch);
  for (const d of prepared) engine.insert(coll, d, batch);
  await engine.flush(batch);
}

async function merge(ctx: CommandContext, spec: unknown, docs: Doc[]): Promise<void> {
  const { db, coll: name } = outTarget(ctx, spec);
  const opts = isPlainObject(spec) ? spec : {};
  const on = opts.on === undefined ? ['_id'] : Array.isArray(opts.on) ? (opts.on as string[]) : [opts.on as string];
  const whenMatched = opts.whenMatched ?? 'merge';
  const whenNotMatched = opts.whenNotMatched ?? 'insert';
  const batch = new WriteBatch();
  const sub: CommandContext = { ...ctx, db };
  const coll = await implicit(sub, name);
  try {
    for (const raw of docs) {
      const d = raw._id === undefined && on.includes('_id') ? { _id: new ObjectId(), ...raw } : raw;
      const filter: Doc = {};
      for (const f of on) filter[f] = collectValues(d, f)[0] ?? null;
      const match = ctx.engine.find(coll, filter)[0];
      if (!match) {
        if (whenNotMatched === 'insert')
          ctx.engine.insert(coll, idFirst(clone(d._id === undefined ? { _id: new ObjectId(), ...d } : d)), batch);
        else if (whenNotMatched === 'fail')
          fail(
            13113,
            '$merge could not find a matching document in the target collection for at least one document in the source collection',
          );
        continue;
      }
      let next: Doc;
      if (whenMatched === 'replace') next = { ...clone(d), _id: match._id };
      else if (whenMatched === 'keepExisting') continue;
      else if (whenMatched === 'fail') fail(11000, `E11000 duplicate key error collection: ${db}.${name}`);
      else if (Array.isArray(whenMatched)) next = applyUpdate(match, whenMatched);
      else next = { ...match, ...clone(d), _id: match._id };
      ctx.engine.replace(coll, match, idFirst(next), batch);
    }
  } catch (err) {
    await ctx.engine.flush(batch);
    if (err instanceof MongoServerError) throw err;
    throw err;
  }
  await ctx.engine.flush(batch);
}

function collStatsDoc(ctx: CommandContext, name: string, spec: unknown): Doc {
  const coll = existing(ctx, name);
  if (!coll)
    fail(
      26,
      `Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [${ctx.db}.${name}] not found.`,
    );
  const out: Doc = { ns: coll.ns, host: `${ctx.server.host}:${ctx.server.port}`, localTime: new Date() };
  const want = isPlainObject(spec) ? spec : {};
  let size = 0;
  for (const d of coll.docs.values()) size += BSON.calculateObjectSize(d);
  const indexSizes: Doc = {};
  for (const n of coll.indexes.keys()) indexSizes[n] = 0;
  const storageStats = {
    size,
    count: coll.docs.size,
    avgObjSize: coll.docs.size ? Math.floor(size / coll.docs.size) : 0,
    storageSize: size,
    freeStorageSize: 0,
    capped: false,
    nindexes: coll.indexes.size,
    indexSizes,
    totalIndexSize: 0,
    totalSize: size,
    scaleFactor: 1,
  };
  if (want.storageStats !== undefined || Object.keys(want).length === 0) out.storageStats = storageStats;
  if (want.count !== undefined) out.count = coll.docs.size;
  return out;
}
