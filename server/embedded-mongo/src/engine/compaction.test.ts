import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Double, Int32, Long, MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedMongoServer } from '../server.js';

describe('compaction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-mongo-compact-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites the state as a snapshot that reopens to the same data, types and indexes', async () => {
    let server = await EmbeddedMongoServer.start({ dbPath: dir, sync: false, compactThreshold: 2048 });
    let client = await MongoClient.connect(`${server.uri}/lyfta`);
    const coll = client
      .db('lyfta')
      .collection<{ _id: number; email: string; i?: Int32; d?: Double; l?: Long }>('people');
    await coll.createIndex({ email: 1 }, { unique: true });
    for (let i = 0; i < 40; i++)
      await coll.insertOne({ _id: i, email: `p${i}@x`, i: new Int32(i), d: new Double(1), l: Long.fromNumber(i) });
    await coll
      .updateMany({ _id: { $lt: 10 } }, { $set: { email: 'changed' }, $unset: { l: '' } })
      .catch(() => undefined);
    await coll.updateOne({ _id: 0 }, { $set: { email: 'zero@x' } });
    await coll.deleteMany({ _id: { $gte: 30 } });
    await server.engine.compaction;
    expect(readdirSync(dir).some((f) => f.startsWith('snapshot.'))).toBe(true);
    await client.close();
    await server.close();

    server = await EmbeddedMongoServer.start({ dbPath: dir, sync: false });
    client = await MongoClient.connect(`${server.uri}/lyfta`);
    const again = client
      .db('lyfta')
      .collection<{ _id: number; email: string; i?: unknown; d?: unknown; l?: unknown }>('people');
    expect(await again.countDocuments()).toBe(30);
    expect(await again.findOne({ _id: 0 })).toMatchObject({ email: 'zero@x' });
    const typed = await again.findOne({ _id: 20 }, { promoteValues: false });
    expect(typed?.i).toBeInstanceOf(Int32);
    expect(typed?.d).toBeInstanceOf(Double);
    expect(typed?.l).toBeInstanceOf(Long);
    expect((await again.indexes()).map((ix) => ix.name)).toEqual(['_id_', 'email_1']);
    await expect(again.insertOne({ _id: 99, email: 'p20@x' })).rejects.toMatchObject({ code: 11000 });
    await client.close();
    await server.close();
  });
});
