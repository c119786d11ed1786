import { describe, expect, it } from 'vitest';
import { useServer, type AnyDoc } from './harness.js';

// The app needs transactions, and the driver offers them only to a replica-set primary that
// advertises sessions; so the server must present itself as a single-node replica set.
describe('replica-set presentation', () => {
  const server = useServer('rs');

  it('answers hello as the writable primary of a replica set', async () => {
    const { client } = server();
    const hello = await client.db('admin').command({ hello: 1 });
    expect(hello.ok).toBe(1);
    expect(hello.isWritablePrimary).toBe(true);
    expect(hello.secondary).toBe(false);
    expect(typeof hello.setName).toBe('string');
    expect(hello.setName.length).toBeGreaterThan(0);
    expect(Array.isArray(hello.hosts)).toBe(true);
    expect(hello.hosts.length).toBeGreaterThanOrEqual(1);
    for (const host of hello.hosts) expect(host).toMatch(/^[^:]+:\d+$/);
    expect(hello.hosts).toContain(hello.primary);
    expect(hello.me).toBe(hello.primary);
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect(hello.minWireVersion).toBeLessThanOrEqual(hello.maxWireVersion);
    expect(hello.logicalSessionTimeoutMinutes).toBeGreaterThan(0);
    expect(hello.maxBsonObjectSize).toBe(16 * 1024 * 1024);
    expect(hello.maxMessageSizeBytes).toBe(48_000_000);
    expect(hello.maxWriteBatchSize).toBe(100_000);
    expect(hello.localTime).toBeInstanceOf(Date);
    expect(typeof hello.connectionId).toBe('number');
  });

  it('answers the legacy isMaster with ismaster: true', async () => {
    const { client } = server();
    const reply = await client.db('admin').command({ isMaster: 1 });
    expect(reply.ok).toBe(1);
    expect(reply.ismaster).toBe(true);
    expect(reply.setName).toBeTruthy();
  });

  it('is discovered by the driver as a replica set with a primary', async () => {
    const { client } = server();
    // The topology is not part of the driver's typed surface, but it is what the driver decided.
    const description = (client as unknown as { topology?: { description: { type: string; setName?: string } } })
      .topology?.description;
    expect(description?.type).toBe('ReplicaSetWithPrimary');
    expect(description?.setName).toBeTruthy();
  });

  it('supports explicit sessions: operations carry one lsid and see their own writes', async () => {
    const { db } = server();
    const coll = db.collection<AnyDoc>('sessions');
    const session = server().client.startSession({ causalConsistency: true });
    try {
      await coll.insertOne({ _id: 'one', n: 1 }, { session });
      const found = await coll.findOne({ _id: 'one' }, { session });
      expect(found?.n).toBe(1);
      expect(session.id?.id).toBeDefined();
    } finally {
      await session.endSession();
    }
  });

  it('replies carry operationTime and $clusterTime, which causally consistent sessions need', async () => {
    const { db, client } = server();
    const reply = await db.command({ ping: 1 });
    expect(reply.operationTime?._bsontype).toBe('Timestamp');
    expect(reply.$clusterTime?.clusterTime?._bsontype).toBe('Timestamp');
    const session = client.startSession({ causalConsistency: true });
    try {
      await db.collection<AnyDoc>('sessions').insertOne({ _id: 'two', n: 2 }, { session });
      expect(session.operationTime).toBeDefined();
      expect(await db.collection<AnyDoc>('sessions').countDocuments({ _id: 'two' }, { session })).toBe(1);
    } finally {
      await session.endSession();
    }
  });

  it('accepts endSessions', async () => {
    const { client } = server();
    const session = client.startSession();
    await client.db('admin').command({ ping: 1 }, { session });
    const lsid = session.id;
    const reply = await client.db('admin').command({ endSessions: [lsid] });
    expect(reply.ok).toBe(1);
    await session.endSession();
  });
});
