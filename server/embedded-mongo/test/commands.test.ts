import { describe, expect, it } from 'vitest';
import { Binary, type CollectionInfo } from 'mongodb';
import { serverError, uniqueDbName, useServer, type AnyDoc } from './harness.js';

describe('administrative commands and their reply shapes', () => {
  const server = useServer('cmd');
  const admin = () => server().client.db('admin');

  it('ping', async () => {
    expect(await admin().command({ ping: 1 })).toMatchObject({ ok: 1 });
    expect(await server().db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('buildInfo has a version string and a matching versionArray', async () => {
    const info = await admin().command({ buildInfo: 1 });
    expect(info.ok).toBe(1);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Array.isArray(info.versionArray)).toBe(true);
    expect(info.versionArray).toHaveLength(4);
    const [major, minor, patch] = info.version.split(/[.-]/).map(Number);
    expect(info.versionArray.slice(0, 3)).toEqual([major, minor, patch]);
    expect(major).toBeGreaterThanOrEqual(4);
    expect(info.maxBsonObjectSize).toBe(16 * 1024 * 1024);
    expect(info.bits).toBe(64);
  });

  it('hostInfo describes the system and the OS', async () => {
    const info = await admin().command({ hostInfo: 1 });
    expect(info.ok).toBe(1);
    expect(typeof info.system.hostname).toBe('string');
    expect(info.system.numCores).toBeGreaterThanOrEqual(1);
    expect(info.system.currentTime).toBeInstanceOf(Date);
    expect(typeof info.os.type).toBe('string');
  });

  it('getParameter answers featureCompatibilityVersion on admin', async () => {
    const reply = await admin().command({ getParameter: 1, featureCompatibilityVersion: 1 });
    expect(reply.ok).toBe(1);
    expect(reply.featureCompatibilityVersion.version).toMatch(/^\d+\.\d+$/);
  });

  it('serverStatus has host, version, process, uptime and connections', async () => {
    const status = await admin().command({ serverStatus: 1 });
    expect(status.ok).toBe(1);
    expect(typeof status.host).toBe('string');
    expect(status.version).toMatch(/^\d+\.\d+/);
    expect(status.process).toBe('mongod');
    expect(typeof status.uptime).toBe('number');
    expect(status.localTime).toBeInstanceOf(Date);
    expect(status.connections.current).toBeGreaterThanOrEqual(1);
  });

  it('whatsmyuri returns the client address', async () => {
    const reply = await admin().command({ whatsmyuri: 1 });
    expect(reply.ok).toBe(1);
    expect(reply.you).toMatch(/:\d+$/);
  });

  it('listDatabases lists this database with its size, and nameOnly trims entries', async () => {
    const { db, dbName } = server();
    await db.collection<AnyDoc>('present').insertOne({ x: 1 });
    const reply = await admin().command({ listDatabases: 1 });
    expect(reply.ok).toBe(1);
    expect(typeof reply.totalSize).toBe('number');
    const entry = reply.databases.find((d: { name: string }) => d.name === dbName);
    expect(entry).toMatchObject({ name: dbName, empty: false });
    expect(typeof entry.sizeOnDisk).toBe('number');
    const names = await admin().command({ listDatabases: 1, nameOnly: true });
    const named = names.databases.find((d: { name: string }) => d.name === dbName);
    expect(Object.keys(named)).toEqual(['name']);
  });

  it('listCollections returns full entries, honours filter and nameOnly', async () => {
    const { db } = server();
    await db.createCollection('lc_alpha');
    await db.createCollection('lc_beta');
    const all = await db.listCollections({ name: { $in: ['lc_alpha', 'lc_beta'] } }).toArray();
    expect(all.map((c) => c.name).sort()).toEqual(['lc_alpha', 'lc_beta']);
    const alpha = all.find((c) => c.name === 'lc_alpha') as CollectionInfo;
    expect(alpha.type).toBe('collection');
    expect(alpha.options).toEqual({});
    expect(alpha.info?.readOnly).toBe(false);
    expect(alpha.info?.uuid).toBeInstanceOf(Binary);
    expect((alpha.info?.uuid as unknown as Binary).sub_type).toBe(4);
    expect(alpha.idIndex).toMatchObject({ v: 2, key: { _id: 1 }, name: '_id_' });

    const filtered = await db.listCollections({ name: 'lc_beta' }).toArray();
    expect(filtered.map((c) => c.name)).toEqual(['lc_beta']);

    const nameOnly = await db.listCollections({ name: 'lc_alpha' }, { nameOnly: true }).toArray();
    expect(nameOnly).toEqual([{ name: 'lc_alpha', type: 'collection' }]);
  });

  it('create answers NamespaceExists (48) for an existing collection with other options', async () => {
    const { db } = server();
    expect(await db.command({ create: 'created' })).toMatchObject({ ok: 1 });
    // MongoDB ≥ 7.1 accepts an identical second create; 7.0 answers 48. Both are MongoDB.
    try {
      expect(await db.command({ create: 'created' })).toMatchObject({ ok: 1 });
    } catch (err) {
      expect((err as { code?: number }).code).toBe(48);
    }
    const err = await serverError(() => db.command({ create: 'created', validator: { a: { $exists: true } } }));
    expect(err.code).toBe(48);
    expect(err.codeName).toBe('NamespaceExists');
  });

  it('drop removes a collection and its indexes', async () => {
    const { db, dbName } = server();
    await db.collection<AnyDoc>('dropme').insertOne({ a: 1 });
    await db.collection<AnyDoc>('dropme').createIndex({ a: 1 });
    const reply = await db.command({ drop: 'dropme' });
    expect(reply).toMatchObject({ ok: 1, nIndexesWas: 2, ns: `${dbName}.dropme` });
    expect(await db.listCollections({ name: 'dropme' }).toArray()).toEqual([]);
    expect(await db.collection<AnyDoc>('dropme').countDocuments()).toBe(0);
  });

  it('dropDatabase removes the database from listDatabases', async () => {
    const { client } = server();
    const name = uniqueDbName('cmd_dropdb');
    const other = client.db(name);
    await other.collection<AnyDoc>('x').insertOne({ a: 1 });
    expect(await other.command({ dropDatabase: 1 })).toMatchObject({ ok: 1 });
    const reply = await admin().command({ listDatabases: 1, nameOnly: true });
    expect(reply.databases.map((d: { name: string }) => d.name)).not.toContain(name);
    expect(await other.collection<AnyDoc>('x').countDocuments()).toBe(0);
  });

  it('renameCollection moves documents and indexes, refusing an existing target', async () => {
    const { db, dbName } = server();
    await db.collection<AnyDoc>('ren_src').insertMany([{ a: 1 }, { a: 2 }]);
    await db.collection<AnyDoc>('ren_src').createIndex({ a: 1 }, { name: 'a_1' });
    const reply = await admin().command({ renameCollection: `${dbName}.ren_src`, to: `${dbName}.ren_dst` });
    expect(reply.ok).toBe(1);
    expect(await db.collection<AnyDoc>('ren_dst').countDocuments()).toBe(2);
    expect(await db.listCollections({ name: 'ren_src' }).toArray()).toEqual([]);
    const indexes = await db.collection<AnyDoc>('ren_dst').listIndexes().toArray();
    expect(indexes.map((i) => i.name).sort()).toEqual(['_id_', 'a_1']);

    await db.collection<AnyDoc>('ren_other').insertOne({ b: 1 });
    const exists = await serverError(() =>
      admin().command({ renameCollection: `${dbName}.ren_other`, to: `${dbName}.ren_dst` }),
    );
    expect(exists.code).toBe(48);
    const missing = await serverError(() =>
      admin().command({ renameCollection: `${dbName}.ren_missing`, to: `${dbName}.ren_new` }),
    );
    expect(missing.code).toBe(26);

    await admin().command({ renameCollection: `${dbName}.ren_other`, to: `${dbName}.ren_dst`, dropTarget: true });
    expect(
      await db
        .collection<AnyDoc>('ren_dst')
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([{ b: 1 }]);
  });

  it('createIndexes, listIndexes and dropIndexes reply shapes', async () => {
    const { db } = server();
    const created = await db.command({ createIndexes: 'ix', indexes: [{ key: { a: 1 }, name: 'a_1' }] });
    expect(created).toMatchObject({
      ok: 1,
      numIndexesBefore: 1,
      numIndexesAfter: 2,
      createdCollectionAutomatically: true,
    });
    const again = await db.command({ createIndexes: 'ix', indexes: [{ key: { a: 1 }, name: 'a_1' }] });
    expect(again).toMatchObject({ ok: 1, numIndexesBefore: 2, numIndexesAfter: 2 });

    const listed = await db.collection<AnyDoc>('ix').listIndexes().toArray();
    expect(listed).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { a: 1 }, name: 'a_1' },
    ]);

    const dropped = await db.command({ dropIndexes: 'ix', index: 'a_1' });
    expect(dropped).toMatchObject({ ok: 1, nIndexesWas: 2 });
    const notFound = await serverError(() => db.command({ dropIndexes: 'ix', index: 'nope_1' }));
    expect(notFound.code).toBe(27);
    expect(notFound.codeName).toBe('IndexNotFound');
  });

  it('listIndexes on a missing collection answers NamespaceNotFound (26)', async () => {
    const err = await serverError(() => server().db.command({ listIndexes: 'no_such_collection' }));
    expect(err.code).toBe(26);
    expect(err.codeName).toBe('NamespaceNotFound');
  });

  it('count and distinct', async () => {
    const coll = server().db.collection<AnyDoc>('cd');
    await coll.insertMany([{ k: 'a', tags: ['x', 'y'] }, { k: 'b', tags: ['y'] }, { k: 'a', tags: [] }, { k: 'c' }]);
    const count = await server().db.command({ count: 'cd', query: { k: 'a' } });
    expect(count).toMatchObject({ ok: 1, n: 2 });
    const distinct = await server().db.command({ distinct: 'cd', key: 'k' });
    expect(distinct.ok).toBe(1);
    expect([...distinct.values].sort()).toEqual(['a', 'b', 'c']);
    // Arrays contribute their elements.
    expect((await coll.distinct('tags')).sort()).toEqual(['x', 'y']);
    expect(await coll.distinct('k', { tags: 'y' })).toEqual(expect.arrayContaining(['a', 'b']));
    expect(await coll.countDocuments({ k: { $ne: 'a' } })).toBe(2);
    expect(await coll.estimatedDocumentCount()).toBe(4);
  });

  it('dbStats and collStats', async () => {
    const { db, dbName } = server();
    const coll = db.collection<AnyDoc>('stats');
    await coll.insertMany([{ a: 1 }, { a: 2 }, { a: 3 }]);
    await coll.createIndex({ a: 1 });
    const dbStats = await db.command({ dbStats: 1 });
    expect(dbStats).toMatchObject({ ok: 1, db: dbName });
    expect(dbStats.collections).toBeGreaterThanOrEqual(1);
    expect(dbStats.objects).toBeGreaterThanOrEqual(3);
    expect(typeof dbStats.dataSize).toBe('number');
    expect(dbStats.indexes).toBeGreaterThanOrEqual(2);

    const collStats = await db.command({ collStats: 'stats' });
    expect(collStats).toMatchObject({ ok: 1, ns: `${dbName}.stats`, count: 3, nindexes: 2 });
    expect(collStats.size).toBeGreaterThan(0);
    expect(Object.keys(collStats.indexSizes).sort()).toEqual(['_id_', 'a_1']);
  });

  it('an unknown command answers CommandNotFound (59) naming it', async () => {
    const err = await serverError(() => server().db.command({ noSuchCommandHere: 1 }));
    expect(err.code).toBe(59);
    expect(err.codeName).toBe('CommandNotFound');
    expect(err.message).toContain('noSuchCommandHere');
  });
});
