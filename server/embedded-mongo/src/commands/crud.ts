/** Write commands: insert, update, delete, findAndModify. */
import { BSON, ObjectId } from 'bson';
import { fail } from '../errors.js';
import { hashKey, isPlainObject, truthy } from '../bson/values.js';
import { WriteBatch } from '../engine/engine.js';
import type { Collection } from '../engine/collection.js';
import type { Transaction } from '../engine/transaction.js';
import { compileProjection } from '../query/projection.js';
import { applyUpdate, buildUpsert } from '../query/update.js';
import { idFirst } from '../query/id-first.js';
import { userVariables, type Variables } from '../query/variables.js';
import { MAX_BSON_BYTES } from '../wire/protocol.js';
import type { CommandContext, CommandHandler } from './context.js';
import { collectionName, implicit, isFatalWriteError, optNum, writeError } from './util.js';

type Doc = Record<string, unknown>;

function checkSize(doc: Doc): void {
  const size = BSON.calculateObjectSize(doc);
  if (size > MAX_BSON_BYTES)
    fail(10334, `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_BYTES}`);
}

function prepareInsert(doc: unknown, mayBeTooLarge: boolean): Doc {
  if (!isPlainObject(doc)) fail(2, 'document to insert must be an object');
  const out = doc._id === undefined ? { _id: new ObjectId(), ...doc } : idFirst(doc);
  if (Array.isArray(out._id)) fail(2, `can't use an array for _id`);
  if (mayBeTooLarge) checkSize(out);
  return out;
}

function writeReply(n: number, errors: Doc[], extra: Doc = {}): Doc {
  const reply: Doc = { n, ...extra };
  if (errors.length > 0) reply.writeErrors = errors;
  reply.ok = 1;
  return reply;
}

/** insert */
export const insert: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'insert');
  const docs = cmd.documents;
  if (!Array.isArray(docs)) fail(9, "BSON field 'insert.documents' is missing but a required field");
  const ordered = cmd.ordered !== false;
  const coll = await implicit(ctx, name);
  const batch = new WriteBatch();
  const errors: Doc[] = [];
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    try {
      ctx.engine.insert(coll, prepareInsert(docs[i], ctx.messageBytes > MAX_BSON_BYTES - 1024), batch, ctx.txn);
      n++;
    } catch (err) {
      if (isFatalWriteError(err)) {
        await ctx.engine.flush(batch);
        throw err;
      }
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  await ctx.engine.flush(batch);
  return writeReply(n, errors);
};

function sameDocument(a: Doc, b: Doc): boolean {
  return hashKey(a) === hashKey(b) && BSON.calculateObjectSize(a) === BSON.calculateObjectSize(b);
}

/** The fields of one update / delete statement in mongod 7.0's command (`sort` came with 8.0). */
const STATEMENT_FIELDS = {
  updates: new Set([
    'q',
    'u',
    'c',
    'arrayFilters',
    'hint',
    'multi',
    'upsert',
    'upsertSupplied',
    'collation',
    'sampleId',
    '$_allowShardKeyUpdatesWithoutFullShardKeyInQuery',
  ]),
  deletes: new Set(['q', 'limit', 'hint', 'collation', 'sampleId']),
};

/** Refuses the whole command, before any write, when a statement has a field mongod 7.0 does not know. */
function checkStatementFields(command: 'update' | 'delete', list: 'updates' | 'deletes', stmts: unknown[]): void {
  const known = STATEMENT_FIELDS[list];
  for (const s of stmts) {
    if (!isPlainObject(s)) continue;
    for (const k of Object.keys(s))
      if (!known.has(k)) fail(40415, `BSON field '${command}.${list}.${k}' is an unknown field.`);
  }
}

interface UpdateOutcome {
  n: number;
  nModified: number;
  upsertedId?: unknown;
  before?: Doc;
  after?: Doc;
}

/** Applies one update statement (shared by update and findAndModify). */
function updateOne(
  ctx: CommandContext,
  coll: Collection,
  batch: WriteBatch,
  txn: Transaction | undefined,
  stmt: {
    q: unknown;
    u: unknown;
    upsert: boolean;
    multi: boolean;
    arrayFilters?: unknown[];
    sort?: unknown;
    collation?: unknown;
    variables?: Variables;
  },
): UpdateOutcome {
  const matched = ctx.engine.findSorted(
    coll,
    stmt.q,
    txn,
    stmt.sort,
    stmt.multi ? 0 : 1,
    stmt.collation,
    stmt.variables,
  );
  const uctx = { query: stmt.q, arrayFilters: stmt.arrayFilters, variables: stmt.variables };
  if (
    stmt.multi &&
    !Array.isArray(stmt.u) &&
    isPlainObject(stmt.u) &&
    !Object.keys(stmt.u)[0]?.startsWith('$') &&
    Object.keys(stmt.u).length > 0
  ) {
    fail(9, 'multi update is not supported for replacement-style update');
  }
  let nModified = 0;
  let before: Doc | undefined;
  let after: Doc | undefined;
  for (const doc of matched) {
    const next = applyUpdate(doc, stmt.u, uctx);
    checkSize(next);
    before ??= doc;
    after ??= next;
    if (sameDocument(doc, next)) continue;
    ctx.engine.replace(coll, doc, next, batch, txn);
    nModified++;
  }
  if (matched.length === 0 && stmt.upsert) {
    const doc = buildUpsert(stmt.q, stmt.u, uctx);
    checkSize(doc);
    ctx.engine.insert(coll, doc, batch, txn);
    return { n: 1, nModified: 0, upsertedId: doc._id, after: doc };
  }
  return { n: matched.length, nModified, before, after };
}

/** update */
export const update: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'update');
  const stmts = cmd.updates;
  if (!Array.isArray(stmts)) fail(9, "BSON field 'update.updates' is missing but a required field");
  checkStatementFields('update', 'updates', stmts);
  const vars = userVariables('update.let', cmd.let);
  const ordered = cmd.ordered !== false;
  const coll = await implicit(ctx, name);
  const batch = new WriteBatch();
  const errors: Doc[] = [];
  const upserted: Doc[] = [];
  let n = 0;
  let nModified = 0;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i] as Doc;
    try {
      if (!isPlainObject(s)) fail(14, 'update statement must be an object');
      const out = updateOne(ctx, coll, batch, ctx.txn, {
        q: s.q ?? {},
        u: s.u,
        upsert: truthy(s.upsert),
        multi: truthy(s.multi),
        arrayFilters: Array.isArray(s.arrayFilters) ? s.arrayFilters : undefined,
        variables: userVariables('update.updates.c', s.c, vars),
      });
      n += out.n;
      nModified += out.nModified;
      if (out.upsertedId !== undefined) upserted.push({ index: i, _id: out.upsertedId });
    } catch (err) {
      if (isFatalWriteError(err)) {
        await ctx.engine.flush(batch);
        throw err;
      }
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  await ctx.engine.flush(batch);
  const extra: Doc = { nModified };
  if (upserted.length > 0) extra.upserted = upserted;
  const reply = writeReply(n, errors);
  return {
    n: reply.n,
    nModified,
    ...(upserted.length ? { upserted } : {}),
    ...(errors.length ? { writeErrors: errors } : {}),
    ok: 1,
  };
};

/** delete */
export const remove: CommandHandler = async (cmd, ctx) => {
  const name = collectionName(cmd, 'delete');
  const stmts = cmd.deletes;
  if (!Array.isArray(stmts)) fail(9, "BSON field 'delete.deletes' is missing but a required field");
  checkStatementFields('delete', 'deletes', stmts);
  const vars = userVariables('delete.let', cmd.let);
  const ordered = cmd.ordered !== false;
  const coll = ctx.engine.getCollection(ctx.db, name);
  const batch = new WriteBatch();
  const errors: Doc[] = [];
  let n = 0;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i] as Doc;
    try {
      if (!coll) continue;
      const limit = optNum(s, 'limit') ?? 0;
      const matched = ctx.engine.findSorted(coll, s.q ?? {}, ctx.txn, undefined, limit === 1 ? 1 : 0, undefined, vars);
      for (const d of matched) ctx.engine.remove(coll, d, batch, ctx.txn);
      n += matched.length;
    } catch (err) {
      if (isFatalWriteError(err)) {
        await ctx.engine.flush(batch);
        throw err;
      }
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  await ctx.engine.flush(batch);
  return writeReply(n, errors);
};

/** findAndModify */
export const findAndModify: CommandHandler = async (cmd, ctx) => {
  const name = typeof cmd.findAndModify === 'string' ? cmd.findAndModify : collectionName(cmd, 'findandmodify');
  const query = cmd.query ?? {};
  const removeIt = truthy(cmd.remove);
  const upd = cmd.update;
  if (removeIt && upd !== undefined) fail(9, 'Cannot specify both an update and remove=true');
  if (!removeIt && upd === undefined) fail(9, 'Either an update or remove=true must be specified');
  const vars = userVariables('findAndModify.let', cmd.let);
  const project = compileProjection(cmd.fields, undefined, vars);
  const coll = await implicit(ctx, name);
  const batch = new WriteBatch();
  const shape = (d: Doc | undefined): Doc | null => (d ? (project ? project(d) : d) : null);
  try {
    if (removeIt) {
      const doc = ctx.engine.findSorted(coll, query, ctx.txn, cmd.sort, 1, cmd.collation, vars)[0];
      if (doc) ctx.engine.remove(coll, doc, batch, ctx.txn);
      await ctx.engine.flush(batch);
      return { lastErrorObject: { n: doc ? 1 : 0 }, value: shape(doc), ok: 1 };
    }
    const out = updateOne(ctx, coll, batch, ctx.txn, {
      q: query,
      u: upd,
      upsert: truthy(cmd.upsert),
      multi: false,
      arrayFilters: Array.isArray(cmd.arrayFilters) ? cmd.arrayFilters : undefined,
      sort: cmd.sort,
      collation: cmd.collation,
      variables: vars,
    });
    await ctx.engine.flush(batch);
    const lastErrorObject: Doc = { n: out.n, updatedExisting: out.upsertedId === undefined && out.n > 0 };
    if (out.upsertedId !== undefined) lastErrorObject.upserted = out.upsertedId;
    const value = truthy(cmd.new) ? out.after : out.upsertedId !== undefined ? undefined : out.before;
    return { lastErrorObject, value: shape(value), ok: 1 };
  } catch (err) {
    await ctx.engine.flush(batch);
    throw err;
  }
};
