import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedMongoServer } from '../server.js';

describe('commands over the wire (in-process server)', () => {
  let dir: string;
  let server: EmbeddedMongoServer;
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-mongo-cmd-'));
    server = await EmbeddedMongoServer.start({ dbPath: dir, sync: false });
    client = await MongoClient.connect(`${server.uri}/lyfta`);
    db = client.db('lyfta');
  });

  afterAll(async () => {
    await client?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains which access path a query takes', async () => {
    const coll = db.collection('explained');
    await coll.createIndex({ email: 1 });
    await coll.insertMany([{ email: 'a' }, { email: 'b' }]);
    const byIndex = await coll.find({ email: 'a' }).explain();
    expect(JSON.stringify(byIndex.queryPlanner.winningPlan)).toContain('email_1');
    const scan = await coll.find({ other: 1 }).explain('queryPlanner');
    expect(scan.queryPlanner.winningPlan.stage).toBe('COLLSCAN');
    const agg = await coll.aggregate([{ $match: { email: 'b' } }]).explain();
    expect(agg.ok).toBe(1);
  });

  it('sorts strings by a collation when one is given', async () => {
    const coll = db.collection('names');
    await coll.insertMany([{ n: 'Östen' }, { n: 'anna' }, { n: 'Åsa' }, { n: 'Zack' }, { n: 'Bo' }]);
    const sv = await coll
      .find({}, { collation: { locale: 'sv' } })
      .sort({ n: 1 })
      .toArray();
    expect(sv.map((d) => d.n)).toEqual(['anna', 'Bo', 'Zack', 'Åsa', 'Östen']);
    const binary = await coll.find({}).sort({ n: 1 }).toArray();
    expect(binary.map((d) => d.n)).toEqual(['Bo', 'Zack', 'anna', 'Åsa', 'Östen']);
  });

  it('uses an index for range queries and sorts, with the same answers as a scan', async () => {
    const coll = db.collection<{ _id: number; at: number }>('ranged');
    await coll.createIndex({ at: 1 });
    await coll.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: i, at: (i * 7) % 50 })));
    const plan = await coll.find({ at: { $gte: 10, $lt: 20 } }).explain('queryPlanner');
    expect(JSON.stringify(plan.queryPlanner.winningPlan)).toContain('at_1');
    const docs = await coll
      .find({ at: { $gte: 10, $lt: 20 } })
      .sort({ at: -1 })
      .toArray();
    expect(docs.map((d) => d.at)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    const top = await coll.find({}).sort({ at: 1 }).limit(3).toArray();
    expect(top.map((d) => d.at)).toEqual([0, 1, 2]);
  });

  it('aborts a transaction whose write hit a duplicate key, so none of it commits', async () => {
    const coll = db.collection<{ _id: number; v?: number }>('txn_dup');
    await coll.insertOne({ _id: 1 });
    const session = client.startSession();
    try {
      session.startTransaction();
      await coll.insertOne({ _id: 2 }, { session });
      await expect(coll.insertOne({ _id: 1 }, { session })).rejects.toMatchObject({ code: 11000 });
      await expect(session.commitTransaction()).rejects.toMatchObject({ code: 251 });
    } finally {
      await session.endSession();
    }
    expect(await coll.countDocuments()).toBe(1);
  });

  it('refuses $set and $setOnInsert on the same path, as mongod does (code 40)', async () => {
    const coll = db.collection<{ key: string; at?: Date }>('conflicting');
    const err = await coll
      .updateOne({ key: 'k' }, { $set: { at: new Date() }, $setOnInsert: { at: new Date() } }, { upsert: true })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 40 });
  });

  it('answers mongosh start-up commands as mongod does', async () => {
    const admin = client.db('admin');
    await expect(admin.command({ atlasVersion: 1 })).rejects.toMatchObject({ code: 59 });
    expect(await admin.command({ getLog: 'startupWarnings' })).toMatchObject({ totalLinesWritten: 0, log: [] });
    expect(await admin.command({ getCmdLineOpts: 1 })).toMatchObject({ ok: 1 });
    expect((await admin.command({ buildInfo: 1 })).version).toMatch(/^\d+\.\d+/);
    const stats = await db
      .collection('ranged')
      .aggregate([{ $collStats: { storageStats: {} } }])
      .toArray();
    expect(stats[0]?.storageStats.count).toBe(50);
  });
});
