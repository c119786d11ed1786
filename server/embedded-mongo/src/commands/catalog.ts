/** Catalog commands: create, drop, dropDatabase, listCollections, indexes, renameCollection. */
import { Int32 } from 'bson';
import { fail } from '../errors.js';
import { formatDoc } from '../bson/format.js';
import { hashKey, isNumeric, isPlainObject, toNumber, truthy } from '../bson/values.js';
import { WriteBatch, validateCollectionName } from '../engine/engine.js';
import { defaultIndexName, type IndexSpec } from '../engine/index-store.js';
import { compileFilter } from '../query/match.js';
import type { CommandHandler } from './context.js';
import { collectionName, existing } from './util.js';

type Doc = Record<string, unknown>;

/** create */
export const create: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'create');
  if (existing(ctx, name)) fail(48, `Collection ${ctx.db}.${name} already exists.`);
  validateCollectionName(name);
  refuseUnsupportedKind(cmd);
  const {
    create: _c,
    $db: _d,
    lsid: _l,
    $clusterTime: _t,
    txnNumber: _n,
    autocommit: _a,
    startTransaction: _s,
    writeConcern: _w,
    ...options
  } = cmd;
  const batch = new WriteBatch();
  ctx.engine.ensureCollection(ctx.db, name, batch, options);
  await ctx.engine.flush(batch);
  return { ok: 1 };
};

/**
 * Views, capped and time-series collections would be created as ordinary collections and then
 * read wrongly (a view with no documents, a capped collection that never caps), so they are refused,
 * and so are validators, which would never be enforced.
 */
function refuseUnsupportedKind(cmd: Doc): void {
  if (cmd.viewOn !== undefined) fail(115, 'views are not supported by the embedded server');
  if (truthy(cmd.capped)) fail(115, 'capped collections are not supported by the embedded server');
  if (cmd.timeseries !== undefined) fail(115, 'time-series collections are not supported by the embedded server');
  // A validator that is stored but never checked would let invalid documents in silently.
  if (cmd.validator !== undefined && !(isPlainObject(cmd.validator) && Object.keys(cmd.validator).length === 0))
    fail(115, 'document validation (validator) is not supported by the embedded server');
}

/** drop */
export const drop: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'drop');
  const coll = existing(ctx, name);
  if (!coll) fail(26, 'ns not found');
  const nIndexesWas = coll.indexes.size;
  const batch = new WriteBatch();
  ctx.engine.dropCollection(ctx.db, name, batch);
  await ctx.engine.flush(batch);
  return { nIndexesWas, ns: coll.ns, ok: 1 };
};

/** dropDatabase */
export const dropDatabase: CommandHandler = async (_cmd, ctx) => {
  const batch = new WriteBatch();
  ctx.engine.dropDatabase(ctx.db, batch);
  await ctx.engine.flush(batch);
  return { dropped: ctx.db, ok: 1 };
};

/** listCollections */
export const listCollections: CommandHandler = (cmd, ctx) => {
  const colls = [...(ctx.engine.dbs.get(ctx.db)?.values() ?? [])];
  const nameOnly = truthy(cmd.nameOnly);
  let docs: Doc[] = colls.map((c) =>
    nameOnly
      ? { name: c.name, type: 'collection' }
      : {
          name: c.name,
          type: 'collection',
          options: c.options,
          info: { readOnly: false, uuid: c.uuid },
          idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
        },
  );
  if (isPlainObject(cmd.filter)) {
    const m = compileFilter(cmd.filter);
    docs = docs.filter((d) => m(d));
  }
  const batchSize =
    isPlainObject(cmd.cursor) && cmd.cursor.batchSize !== undefined ? Number(cmd.cursor.batchSize) : undefined;
  return ctx.cursors.firstBatch(`${ctx.db}.$cmd.listCollections`, docs, batchSize);
};

const INDEX_OPTIONS = [
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'collation',
  'hidden',
  'weights',
  'default_language',
  'language_override',
  '2dsphereIndexVersion',
  'textIndexVersion',
];

function normaliseSpec(raw: unknown): IndexSpec {
  if (!isPlainObject(raw) || !isPlainObject(raw.key) || Object.keys(raw.key).length === 0)
    fail(67, 'Index key pattern must be a non-empty object');
  for (const [f, d] of Object.entries(raw.key)) {
    if (!isNumeric(d) && typeof d !== 'string')
      fail(67, `Values in the index key pattern can only be numbers or strings, found ${String(d)} for ${f}`);
    if (typeof d === 'string' && d !== 'hashed') fail(67, `Index type '${d}' is not supported by this server`);
  }
  const name = typeof raw.name === 'string' ? raw.name : defaultIndexName(raw.key);
  const spec: IndexSpec = { v: new Int32(2), key: raw.key, name };
  for (const opt of INDEX_OPTIONS) if (raw[opt] !== undefined) spec[opt] = raw[opt];
  if (spec.unique !== undefined) spec.unique = truthy(spec.unique);
  if (spec.sparse !== undefined) spec.sparse = truthy(spec.sparse);
  if (spec.unique === false) delete spec.unique;
  if (spec.sparse === false) delete spec.sparse;
  if (spec.expireAfterSeconds !== undefined) checkTtl(spec);
  // Keys are kept in binary order; an index collation would change uniqueness and matching silently.
  if (spec.collation !== undefined && !(isPlainObject(spec.collation) && spec.collation.locale === 'simple'))
    fail(115, 'indexes with a collation other than simple are not supported by the embedded server');
  return spec;
}

/** A TTL index is single-field, not on `_id`, with a whole number of seconds (as mongod requires). */
function checkTtl(spec: IndexSpec): void {
  const fields = Object.keys(spec.key);
  if (fields.length !== 1) fail(67, 'TTL indexes are single-field indexes, compound indexes do not support TTL');
  if (fields[0] === '_id') fail(67, "The field 'expireAfterSeconds' is not valid for an _id index specification");
  const secs = isNumeric(spec.expireAfterSeconds) ? toNumber(spec.expireAfterSeconds) : NaN;
  if (!Number.isInteger(secs) || secs < 0 || secs > 2_147_483_647)
    fail(
      67,
      `TTL index 'expireAfterSeconds' option must be within an acceptable range, found: ${String(spec.expireAfterSeconds)}`,
    );
}

function optionsKey(spec: IndexSpec): string {
  const o: Doc = {};
  for (const opt of INDEX_OPTIONS) if (spec[opt] !== undefined) o[opt] = spec[opt];
  return hashKey(o);
}

/** createIndexes */
export const createIndexes: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'createIndexes');
  if (!Array.isArray(cmd.indexes) || cmd.indexes.length === 0) fail(2, 'Must specify at least one index to create');
  const specs = cmd.indexes.map(normaliseSpec);
  const batch = new WriteBatch();
  const created = !existing(ctx, name);
  const coll = ctx.engine.ensureCollection(ctx.db, name, batch);
  const before = coll.indexes.size;
  try {
    for (const spec of specs) {
      const same = coll.indexes.get(spec.name);
      if (same) {
        if (hashKey(same.spec.key) !== hashKey(spec.key)) {
          fail(
            86,
            `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${formatDoc(spec)}, existing index: ${formatDoc(same.spec)}`,
          );
        }
        if (optionsKey(same.spec) !== optionsKey(spec)) {
          fail(
            85,
            `An equivalent index already exists with the same name but different options. Requested index: ${formatDoc(spec)}, existing index: ${formatDoc(same.spec)}`,
          );
        }
        continue;
      }
      const sameKey = [...coll.indexes.values()].find(
        (ix) => hashKey(ix.spec.key) === hashKey(spec.key) && optionsKey(ix.spec) === optionsKey(spec),
      );
      if (sameKey) fail(85, `Index already exists with a different name: ${sameKey.name}`);
      ctx.engine.createIndex(coll, spec, batch);
    }
  } finally {
    await ctx.engine.flush(batch);
  }
  const reply: Doc = {
    numIndexesBefore: before,
    numIndexesAfter: coll.indexes.size,
    createdCollectionAutomatically: created,
  };
  if (coll.indexes.size === before) reply.note = 'all indexes already exist';
  reply.ok = 1;
  return reply;
};

/** listIndexes */
export const listIndexes: CommandHandler = (cmd, ctx) => {
  const name = collectionName(cmd, 'listIndexes');
  const coll = existing(ctx, name);
  if (!coll) fail(26, `ns does not exist: ${ctx.db}.${name}`);
  const docs = [...coll.indexes.values()].map((ix) => ix.spec);
  const batchSize =
    isPlainObject(cmd.cursor) && cmd.cursor.batchSize !== undefined ? Number(cmd.cursor.batchSize) : undefined;
  return ctx.cursors.firstBatch(`${ctx.db}.${name}`, docs, batchSize);
};

/** dropIndexes */
export const dropIndexes: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'dropIndexes');
  const coll = existing(ctx, name);
  if (!coll) fail(26, `ns not found ${ctx.db}.${name}`);
  const nIndexesWas = coll.indexes.size;
  const which = cmd.index;
  let names: string[];
  if (which === '*') names = [...coll.indexes.keys()].filter((n) => n !== '_id_');
  else if (typeof which === 'string') names = [which];
  else if (Array.isArray(which)) names = which.map(String);
  else if (isPlainObject(which)) {
    const found = [...coll.indexes.values()].find((ix) => hashKey(ix.spec.key) === hashKey(which));
    if (!found) fail(27, `can't find index with key: ${formatDoc(which)}`);
    names = [found.name];
  } else fail(2, 'index must be a string, an array of strings or a key pattern');
  for (const n of names) {
    if (n === '_id_') fail(72, 'cannot drop _id index');
    if (!coll.indexes.has(n)) fail(27, `index not found with name [${n}]`);
  }
  const batch = new WriteBatch();
  for (const n of names) ctx.engine.dropIndex(coll, n, batch);
  await ctx.engine.flush(batch);
  return { nIndexesWas, ok: 1 };
};

/** renameCollection (sent to admin with full namespaces) */
export const renameCollection: CommandHandler = async (cmd, ctx) => {
  const from = String(cmd.renameCollection);
  const to = String(cmd.to);
  const split = (ns: string): [string, string] => {
    const i = ns.indexOf('.');
    if (i <= 0) fail(73, `Invalid namespace specified '${ns}'`);
    return [ns.slice(0, i), ns.slice(i + 1)];
  };
  const [fromDb, fromColl] = split(from);
  const [toDb, toColl] = split(to);
  if (!ctx.engine.getCollection(fromDb, fromColl)) fail(26, 'Source collection ' + from + ' does not exist');
  validateCollectionName(toColl);
  const batch = new WriteBatch();
  if (ctx.engine.getCollection(toDb, toColl)) {
    if (!truthy(cmd.dropTarget)) fail(48, 'target namespace exists');
    ctx.engine.dropCollection(toDb, toColl, batch);
  }
  ctx.engine.renameCollection(fromDb, fromColl, toDb, toColl, batch);
  await ctx.engine.flush(batch);
  return { ok: 1 };
};
