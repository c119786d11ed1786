import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BSON, Long } from 'bson';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type RunningEmbeddedMongo } from './index.js';

describe('embedded server through mongoose', () => {
  let dir: string;
  let server: RunningEmbeddedMongo;
  let conn: mongoose.Connection;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-mongo-'));
    server = await startEmbeddedMongo({ dbPath: dir, sync: false });
    conn = await mongoose.createConnection(`${server.uri}/lyfta`).asPromise();
  });

  afterAll(async () => {
    await conn?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs an ordinary mongoose workload', async () => {
    const School = conn.model('School', new mongoose.Schema({ name: { type: String, required: true } }));
    const Person = conn.model(
      'Person',
      new mongoose.Schema(
        {
          email: { type: String, unique: true },
          name: String,
          school: { type: mongoose.Schema.Types.ObjectId, ref: 'School' },
          visits: { type: Number, default: 0 },
        },
        { timestamps: true, optimisticConcurrency: true },
      ),
    );
    await Person.syncIndexes();
    const school = await School.create({ name: 'Norra skolan' });
    await Person.create({ email: 'a@x', name: 'Anna', school: school._id });
    await expect(Person.create({ email: 'a@x', name: 'Again' })).rejects.toMatchObject({ code: 11000 });

    const found = await Person.findOne({ email: 'a@x' }).populate('school');
    expect((found?.school as unknown as { name: string }).name).toBe('Norra skolan');
    expect(await Person.countDocuments({ name: 'Anna' })).toBe(1);

    // optimisticConcurrency: a stale copy must fail with VersionError.
    const first = await Person.findOne({ email: 'a@x' });
    const stale = await Person.findOne({ email: 'a@x' });
    first!.name = 'Anna B';
    await first!.save();
    stale!.name = 'Stale';
    await expect(stale!.save()).rejects.toThrow(/version/i);

    const up = await Person.findOneAndUpdate(
      { email: 'b@x' },
      { $set: { name: 'Bo' }, $setOnInsert: { visits: 5 } },
      { upsert: true, new: true },
    );
    expect(up?.visits).toBe(5);
    expect(up?.createdAt).toBeInstanceOf(Date);
    const again = await Person.findOneAndUpdate(
      { email: 'b@x' },
      { $setOnInsert: { visits: 9 } },
      { upsert: true, new: true },
    );
    expect(again?.visits).toBe(5);
  });

  it('keeps data across a restart and refuses a second server on the same folder', async () => {
    await conn.collection('durable').insertOne({ _id: 'keep' as never, n: 1 });
    await expect(startEmbeddedMongo({ dbPath: dir, sync: false })).rejects.toThrow();
    await conn.close();
    await server.stop();
    server = await startEmbeddedMongo({ dbPath: dir, sync: false });
    conn = await mongoose.createConnection(`${server.uri}/lyfta`).asPromise();
    expect(await conn.collection('durable').findOne({ _id: 'keep' as never })).toEqual({ _id: 'keep', n: 1 });
  });

  it('closes only the connection that sends a malformed message', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const junk = Buffer.alloc(32, 0xff);
    junk.writeInt32LE(32, 0);
    junk.writeInt32LE(2013, 12);
    socket.write(junk);
    await closed;
    expect(await conn.db!.admin().command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('answers pipelined commands in order, however the bytes are split', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const replies: Buffer[] = [];
    let received = Buffer.alloc(0);
    const done = new Promise<void>((resolve) => {
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        while (received.length >= 4 && received.length >= received.readInt32LE(0)) {
          replies.push(received.subarray(0, received.readInt32LE(0)));
          received = received.subarray(received.readInt32LE(0));
        }
        if (replies.length === 3) resolve();
      });
    });
    const ping = (requestId: number): Buffer => opMsg(requestId, { ping: 1, $db: 'admin' });
    const bytes = Buffer.concat([ping(11), ping(12), ping(13)]);
    // Two messages and a half in one write, the rest one byte at a time.
    const cut = bytes.length - 20;
    socket.write(bytes.subarray(0, cut));
    for (let i = cut; i < bytes.length; i++) socket.write(bytes.subarray(i, i + 1));
    await done;
    socket.destroy();
    expect(replies.map((r) => r.readInt32LE(8))).toEqual([11, 12, 13]);
    expect(BSON.deserialize(replies[0]!.subarray(21))).toMatchObject({ ok: 1 });
  });

  it('returns cursor id 0 and keeps no cursor when the result fits in the first batch', async () => {
    const db = conn.db!;
    await db.collection('batches').insertMany(Array.from({ length: 5 }, (_, i) => ({ _id: i as never, n: i })));
    const openCursors = async (): Promise<number> =>
      ((await db.admin().command({ serverStatus: 1 })) as { metrics: { cursor: { open: { total: number } } } }).metrics
        .cursor.open.total;
    const before = await openCursors();
    const whole = await db.command({ find: 'batches', filter: {} });
    expect(whole.cursor.firstBatch).toHaveLength(5);
    expect(Long.fromValue(whole.cursor.id).isZero()).toBe(true);
    const one = await db.command({ find: 'batches', filter: { n: { $gte: 1 } }, limit: 1, singleBatch: true });
    expect(one.cursor.firstBatch).toEqual([{ _id: 1, n: 1 }]);
    expect(Long.fromValue(one.cursor.id).isZero()).toBe(true);
    expect(await openCursors()).toBe(before);

    const partial = await db.command({ find: 'batches', filter: {}, batchSize: 2 });
    expect(partial.cursor.firstBatch).toHaveLength(2);
    expect(Long.fromValue(partial.cursor.id).isZero()).toBe(false);
    expect(await openCursors()).toBe(before + 1);
    const rest = await db.command({ getMore: partial.cursor.id, collection: 'batches' });
    expect(rest.cursor.nextBatch).toHaveLength(3);
    expect(Long.fromValue(rest.cursor.id).isZero()).toBe(true);
    expect(await openCursors()).toBe(before);

    // batchSize 0 answers with an empty first batch and an open cursor.
    const none = await db.command({ find: 'batches', filter: {}, batchSize: 0 });
    expect(none.cursor.firstBatch).toEqual([]);
    const next = await db.command({ getMore: none.cursor.id, collection: 'batches', batchSize: 1 });
    expect(next.cursor.nextBatch).toEqual([{ _id: 0, n: 0 }]);
    await db.command({ killCursors: 'batches', cursors: [none.cursor.id] });
    expect(await openCursors()).toBe(before);
  });
});

/** An OP_MSG carrying one command. */
function opMsg(requestId: number, command: Record<string, unknown>): Buffer {
  const body = BSON.serialize(command);
  const header = Buffer.alloc(21);
  header.writeInt32LE(21 + body.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, body]);
}
