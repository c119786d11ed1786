import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  MongoClient,
  MongoServerError,
  type Binary,
  type Db,
  type Decimal128,
  type Double,
  type Int32,
  type Long,
  type ObjectId,
} from 'mongodb';
import type { RunningEmbeddedMongo } from '../src/index.js';

/** What a test file gets from `useServer()`; valid between its beforeAll and afterAll. */
export interface ServerContext {
  /** Connection string without a database name. */
  uri: string;
  client: MongoClient;
  /** This file's own database, dropped at the end. */
  db: Db;
  dbName: string;
  /** The embedded server, when the suite runs without MONGODB_URI. */
  embedded?: RunningEmbeddedMongo;
}

/** True when the suite runs against an external server given by MONGODB_URI. */
export const externalServer = !!process.env.MONGODB_URI;

/** A database name unique to one test file, so files can share an external server. */
export function uniqueDbName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Makes a fresh, empty data folder under the system temp folder. */
export async function makeDataDir(prefix = 'lyfta-mongo-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes a data folder; failures are ignored because the OS cleans temp folders anyway. */
export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
}

/** Starts the embedded server on `dbPath` (port 0, synchronous journal). */
export async function startEmbedded(dbPath: string): Promise<RunningEmbeddedMongo> {
  // Loaded lazily so that a run against MONGODB_URI never needs the embedded server at all.
  const { startEmbeddedMongo } = await import('../src/index.js');
  return startEmbeddedMongo({ dbPath, port: 0, sync: true });
}

/** Connects a client with short timeouts, so a dead server fails a test instead of hanging it. */
export async function connect(uri: string): Promise<MongoClient> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000, connectTimeoutMS: 10_000 });
  await client.connect();
  return client;
}

/**
 * Registers beforeAll/afterAll for a test file: one server (MONGODB_URI or a fresh embedded one),
 * one client, one database with a random suffix. Returns a getter for the live context.
 */
export function useServer(prefix = 'conformance'): () => ServerContext {
  let ctx: ServerContext | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    let embedded: RunningEmbeddedMongo | undefined;
    if (!externalServer) {
      dataDir = await makeDataDir();
      embedded = await startEmbedded(dataDir);
    }
    const uri: string = embedded ? embedded.uri : process.env.MONGODB_URI!;
    const client = await connect(uri);
    const dbName = uniqueDbName(prefix);
    ctx = { uri, client, db: client.db(dbName), dbName, embedded };
  });

  afterAll(async () => {
    if (ctx) {
      await ctx.db.dropDatabase().catch(() => undefined);
      await ctx.client.close();
      await ctx.embedded?.stop();
    }
    if (dataDir) await removeDataDir(dataDir);
  });

  return () => {
    if (!ctx) throw new Error('useServer(): the server is not started yet (use it inside tests)');
    return ctx;
  };
}

/** Runs `fn`, expecting it to fail with a server error; returns that error for assertions. */
export async function serverError(fn: () => Promise<unknown>): Promise<MongoServerError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof MongoServerError) return err;
    throw err;
  }
  throw new Error('expected a MongoServerError, but the operation succeeded');
}

/** Runs `fn`, expecting any error; returns it. */
export async function anyError(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error, but the operation succeeded');
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A document whose `_id` may be of any BSON type, as these tests store many kinds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDoc = { _id?: AnyId; [key: string]: any };

/** The `_id` types these tests use; a plain `object` would make the driver fall back to ObjectId. */
export type AnyId = string | number | ObjectId | Long | Int32 | Double | Decimal128 | Date | Binary;

/** Fields a replica-set member adds to every reply (cluster-time gossip, oplog position). */
const GOSSIP_FIELDS = ['$clusterTime', 'operationTime', 'opTime', 'electionId'];

/** A command reply without the replica-set bookkeeping, for exact comparison of its shape. */
export function replyBody(reply: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(reply).filter(([key]) => !GOSSIP_FIELDS.includes(key)));
}
