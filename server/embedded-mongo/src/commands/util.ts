/** Helpers shared by command handlers. */
import { fail, MongoServerError } from '../errors.js';
import { isPlainObject, num } from '../bson/values.js';
import type { Collection } from '../engine/collection.js';
import { WriteBatch } from '../engine/engine.js';
import type { CommandContext } from './context.js';

type Doc = Record<string, unknown>;

/** The collection name a command targets (its first field's value). */
export function collectionName(cmd: Doc, name: string): string {
  const v = cmd[name];
  if (typeof v !== 'string' || v.length === 0) fail(73, `collection name has invalid type ${typeof v}`);
  return v;
}

/** The collection if it exists. */
export function existing(ctx: CommandContext, name: string): Collection | undefined {
  return ctx.engine.getCollection(ctx.db, name);
}

/** The collection, created implicitly (and made durable before any transaction uses it). */
export async function implicit(ctx: CommandContext, name: string): Promise<Collection> {
  const found = existing(ctx, name);
  if (found) return found;
  const batch = new WriteBatch();
  const coll = ctx.engine.ensureCollection(ctx.db, name, batch);
  await ctx.engine.flush(batch);
  return coll;
}

/** An optional numeric option. */
export function optNum(cmd: Doc, key: string): number | undefined {
  return cmd[key] === undefined || cmd[key] === null ? undefined : num(cmd[key]);
}

/** An optional document option. */
export function optDoc(cmd: Doc, key: string): Doc | undefined {
  const v = cmd[key];
  if (v === undefined || v === null) return undefined;
  if (!isPlainObject(v)) fail(14, `BSON field '${key}' is the wrong type, expected type 'object'`);
  return v;
}

/** A write error entry as mongod reports it inside writeErrors. */
export function writeError(index: number, err: unknown): Doc {
  if (err instanceof MongoServerError) return { index, code: err.code, errmsg: err.message, ...filterExtra(err.extra) };
  return { index, code: 1, errmsg: err instanceof Error ? err.message : String(err) };
}

function filterExtra(extra: Record<string, unknown>): Record<string, unknown> {
  const { errorLabels: _labels, ...rest } = extra;
  return rest;
}

/** True for errors that must abort the command (and transaction) rather than become writeErrors. */
export function isFatalWriteError(err: unknown): boolean {
  return !(err instanceof MongoServerError) || err.code === 112 || err.code === 251;
}
