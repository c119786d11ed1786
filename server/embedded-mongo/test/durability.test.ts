import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat, appendFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { MongoClient } from 'mongodb';
import type { RunningEmbeddedMongo } from '../src/index.js';
import { anyError, connect, delay, makeDataDir, removeDataDir, startEmbedded, type AnyDoc } from './harness.js';

const LOCK_FILE = 'mongod.lock';
const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Kills the server process the hard way and waits until it is gone. */
async function killHard(server: RunningEmbeddedMongo): Promise<void> {
  try {
    process.kill(server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  for (let i = 0; i < 200 && isAlive(server.pid); i++) await delay(10);
  // Let the parent side release whatever it keeps for the child; it must not hang on a dead child.
  await Promise.race([server.stop().catch(() => undefined), delay(3_000)]);
}

/** True while a process with this pid exists. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The newest journal file of a data folder (by generation, then time; the lock file excluded). */
async function newestJournal(dir: string): Promise<string> {
  const entries: { name: string; size: number; mtime: number; gen: number }[] = [];
  for (const name of await readdir(dir)) {
    if (name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`)) continue;
    const info = await stat(join(dir, name));
    if (!info.isFile()) continue;
    const gen = Number(/(\d+)/.exec(name)?.[1] ?? -1);
    entries.push({ name, size: info.size, mtime: info.mtimeMs, gen });
  }
  const journals = entries.filter((e) => /journal|\.log$|wal/i.test(e.name));
  // Without recognisable journal names, fall back to the newest non-empty data file.
  const pool = journals.length > 0 ? journals : entries.filter((e) => e.size > 0);
  if (pool.length === 0) throw new Error(`no journal file in ${dir}: ${(await readdir(dir)).join(', ')}`);
  pool.sort((a, b) => b.gen - a.gen || b.mtime - a.mtime);
  return join(dir, pool[0].name);
}

/** Every _id in a collection, as strings. */
async function idsIn(client: MongoClient, dbName: string, coll: string): Promise<Set<string>> {
  const docs = await client
    .db(dbName)
    .collection<AnyDoc>(coll)
    .find({}, { projection: { _id: 1 } })
    .toArray();
  return new Set(docs.map((d) => String(d._id)));
}

// Each test starts and kills servers on its own folders; slow on a busy machine, never timed.
describe.skipIf(!!process.env.MONGODB_URI)(
  'durability of the embedded server (embedded only)',
  { timeout: 90_000 },
  () => {
    const dirs: string[] = [];
    const running = new Set<RunningEmbeddedMongo>();

    async function freshDir(): Promise<string> {
      const dir = await makeDataDir('lyfta-durability-');
      dirs.push(dir);
      return dir;
    }

    async function start(dir: string): Promise<RunningEmbeddedMongo> {
      const server = await startEmbedded(dir);
      running.add(server);
      return server;
    }

    async function stop(server: RunningEmbeddedMongo): Promise<void> {
      running.delete(server);
      await server.stop();
    }

    async function kill(server: RunningEmbeddedMongo): Promise<void> {
      running.delete(server);
      await killHard(server);
    }

    afterAll(async () => {
      for (const server of running) await killHard(server);
      for (const dir of dirs) await removeDataDir(dir);
    });

    it('a restart on the same folder keeps documents and indexes', async () => {
      const dir = await freshDir();
      let server = await start(dir);
      let client = await connect(server.uri);
      const db = client.db('keep');
      await db.collection<AnyDoc>('users').createIndex({ email: 1 }, { unique: true });
      await db
        .collection<AnyDoc>('users')
        .insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: i, email: `u${i}@x` })));
      await db.collection<AnyDoc>('users').updateOne({ _id: 7 }, { $set: { name: 'seven' } });
      await db.collection<AnyDoc>('users').deleteOne({ _id: 8 });
      await db.collection<AnyDoc>('other').insertOne({ _id: 'o', v: 1 });
      await db.collection<AnyDoc>('gone').insertOne({ _id: 'g' });
      await db.collection<AnyDoc>('gone').drop();
      await db.collection<AnyDoc>('before_rename').insertOne({ _id: 'r' });
      await client.db('admin').command({ renameCollection: 'keep.before_rename', to: 'keep.after_rename' });
      await client.db('dropped_db').collection<AnyDoc>('x').insertOne({ _id: 1 });
      await client.db('dropped_db').dropDatabase();
      await client.close();
      await stop(server);

      server = await start(dir);
      client = await connect(server.uri);
      try {
        const users = client.db('keep').collection<AnyDoc>('users');
        expect(await users.countDocuments()).toBe(299);
        expect(await users.findOne({ _id: 7 })).toEqual({ _id: 7, email: 'u7@x', name: 'seven' });
        expect(await users.findOne({ _id: 8 })).toBeNull();
        expect(await client.db('keep').collection<AnyDoc>('other').findOne({})).toEqual({ _id: 'o', v: 1 });
        const indexes = await users.listIndexes().toArray();
        expect(indexes.find((i) => i.name === 'email_1')).toMatchObject({ key: { email: 1 }, unique: true });
        const dup = await anyError(() => users.insertOne({ _id: 1000, email: 'u1@x' }));
        expect((dup as { code?: number }).code).toBe(11000);
        const names = (await client.db('admin').command({ listDatabases: 1, nameOnly: true })).databases.map(
          (d: { name: string }) => d.name,
        );
        expect(names).toContain('keep');
        expect(names).not.toContain('dropped_db');
        const collections = (await client.db('keep').listCollections({}, { nameOnly: true }).toArray()).map(
          (c) => c.name,
        );
        expect(collections.sort()).toEqual(['after_rename', 'other', 'users']);
        expect(await client.db('keep').collection<AnyDoc>('after_rename').findOne({})).toEqual({ _id: 'r' });
      } finally {
        await client.close();
        await stop(server);
      }
    }, 60_000);

    it('a committed transaction survives SIGKILL; an uncommitted one leaves no trace', async () => {
      const dir = await freshDir();
      let server = await start(dir);
      let client = await connect(server.uri);
      const coll = () => client.db('txn').collection<AnyDoc>('docs');
      await coll().insertOne({ _id: 'base', n: 0 }, { writeConcern: { w: 1, j: true } });
      const committed = client.startSession();
      await committed.withTransaction(
        async () => {
          await coll().insertOne({ _id: 'c1' }, { session: committed });
          await coll().updateOne({ _id: 'base' }, { $inc: { n: 1 } }, { session: committed });
        },
        { writeConcern: { w: 'majority', j: true } },
      );
      await committed.endSession();
      const open = client.startSession();
      open.startTransaction();
      await coll().insertOne({ _id: 'u1' }, { session: open });
      await coll().updateOne({ _id: 'base' }, { $inc: { n: 100 } }, { session: open });
      await kill(server);
      await client.close(true).catch(() => undefined);

      server = await start(dir);
      client = await connect(server.uri);
      try {
        expect(await coll().find().sort({ _id: 1 }).toArray()).toEqual([{ _id: 'base', n: 1 }, { _id: 'c1' }]);
      } finally {
        await client.close();
        await stop(server);
      }
    });

    it('a second server on the same folder fails with a message naming the folder', async () => {
      const dir = await freshDir();
      const server = await start(dir);
      try {
        const err = await anyError(() => start(dir));
        expect(err.message).toContain(dir);
        // The first server is unharmed.
        const client = await connect(server.uri);
        expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
        await client.close();
      } finally {
        await stop(server);
      }
    });

    it('a torn journal tail (garbage appended, bytes cut) loses no earlier acknowledged write', async () => {
      const dir = await freshDir();
      let server = await start(dir);
      let client = await connect(server.uri);
      const coll = () => client.db('torn').collection<{ _id: number; v: string }>('docs');
      for (let i = 0; i < 40; i++) await coll().insertOne({ _id: i, v: `v${i}` }, { writeConcern: { w: 1, j: true } });
      await coll().createIndex({ v: 1 }, { unique: true });
      await client.close();
      await kill(server);

      // Garbage after the last good record, as a crash in the middle of a write leaves it.
      await appendFile(await newestJournal(dir), Buffer.from('\x13\x00\x00\x00garbage-after-crash\xff\xfe', 'latin1'));
      server = await start(dir);
      client = await connect(server.uri);
      expect((await coll().find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual(
        Array.from({ length: 40 }, (_, i) => i),
      );
      expect((await coll().listIndexes().toArray()).map((i) => i.name)).toContain('v_1');
      // The server runs and accepts writes after recovery.
      for (let i = 40; i < 50; i++) await coll().insertOne({ _id: i, v: `v${i}` }, { writeConcern: { w: 1, j: true } });
      await client.close();
      await kill(server);

      // A record cut short: only the write it belonged to (the last one) may be lost.
      const journal = await newestJournal(dir);
      const size = (await stat(journal)).size;
      await truncate(journal, Math.max(0, size - 3));
      server = await start(dir);
      client = await connect(server.uri);
      try {
        const ids = (await coll().find().sort({ _id: 1 }).toArray()).map((d) => d._id);
        for (let i = 0; i < 49; i++) expect(ids).toContain(i);
        await coll().insertOne({ _id: 100, v: 'after' }, { writeConcern: { w: 1, j: true } });
        expect(await coll().countDocuments({ _id: 100 })).toBe(1);
      } finally {
        await client.close();
        await stop(server);
      }
    }, 90_000);

    it('every acknowledged journaled write survives SIGKILL of the server, over several rounds', async () => {
      const dir = await freshDir();
      const acked: string[] = [];
      const rounds = 5;
      for (let round = 0; round < rounds; round++) {
        const server = await start(dir);
        const lines: string[] = [];
        const writer: ChildProcess = spawn(
          process.execPath,
          ['--import', 'tsx', WRITER, server.uri, 'crash', `r${round}`],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
            cwd: process.cwd(),
          },
        );
        let buffered = '';
        writer.stdout!.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const parts = buffered.split('\n');
          buffered = parts.pop()!;
          lines.push(...parts.filter(Boolean));
        });
        let stderr = '';
        writer.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<void>((resolve) => writer.on('exit', () => resolve()));

        // Kill at a different point each round.
        const target = 8 + round * 11;
        const deadline = Date.now() + 20_000;
        while (lines.length < target && Date.now() < deadline && writer.exitCode === null) await delay(5);
        expect(lines.length, `writer produced too little before the kill; stderr: ${stderr}`).toBeGreaterThan(0);
        await kill(server);
        await Promise.race([exited, delay(5_000)]);
        if (writer.exitCode === null) writer.kill('SIGKILL');
        acked.push(...lines.filter((l) => /^r\d+-\d+$/.test(l)));
      }

      const server = await start(dir);
      const client = await connect(server.uri);
      try {
        const present = await idsIn(client, 'crash', 'acked');
        const missing = acked.filter((id) => !present.has(id));
        expect(missing).toEqual([]);
        expect(acked.length).toBeGreaterThanOrEqual(rounds);
      } finally {
        await client.close();
        await stop(server);
      }
    }, 180_000);

    it('the CLI starts a server on --dbpath and prints its URI', async () => {
      const dir = await freshDir();
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--dbpath', dir], {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: process.cwd(),
      });
      try {
        const uri = await new Promise<string>((resolve, reject) => {
          let out = '';
          const timer = setTimeout(() => reject(new Error(`no URI printed: ${out}`)), 20_000);
          child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /mongodb:\/\/[^\s]+/.exec(out);
            if (match) {
              clearTimeout(timer);
              resolve(match[0]);
            }
          });
          child.on('exit', (code) => reject(new Error(`CLI exited with ${code}: ${out}`)));
        });
        const client = await connect(uri);
        expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
        await client.close();
      } finally {
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        child.kill('SIGTERM');
        await Promise.race([exited, delay(5_000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    });
  },
);
