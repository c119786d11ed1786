import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
