import { describe, expect, it } from 'vitest';
import { Binary, Long, Timestamp, type Document } from 'mongodb';
import { externalServer, serverError, useServer, type AnyDoc } from './harness.js';

/**
 * The commands mongosh 2.x sends for its start-up and everyday helpers (`show dbs`, `show
 * collections`, find, countDocuments, aggregate, createIndex, getIndexes, insertOne, updateOne,
 * deleteOne, `it`, stats, drop, rs.status(), rs.conf() …), sent here exactly as mongosh sends them,
 * with assertions on the reply fields mongosh reads.
 */
describe('commands mongosh sends', () => {
  const server = useServer('shell');
  const admin = () => server().client.db('admin');
  const cursorBatch = (reply: Document): Document[] => reply.cursor.firstBatch as Document[];

  describe('start-up', () => {
    it('buildInfo gives the version the prompt shows', async () => {
      const info = await admin().command({ buildInfo: 1 });
      expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(info.versionArray).toHaveLength(4);
      expect(typeof info.modules).toBe('object');
    });

    it('the Atlas CLI probe is an ordinary aggregate on admin that finds nothing', async () => {
      const reply = await admin().command({
        aggregate: 'atlascli',
        pipeline: [
          { $match: { managedClusterType: 'atlasCliLocalDevCluster' } },
          { $group: { _id: 1, n: { $sum: 1 } } },
        ],
        cursor: {},
      });
      expect(cursorBatch(reply)).toEqual([]);
    });

    it('getParameter with no known parameter answers InvalidOptions (72), as mongod does', async () => {
      const err = await serverError(() => admin().command({ getParameter: 'foo' }));
      expect(err.code).toBe(72);
      expect(err.codeName).toBe('InvalidOptions');
      expect(err.message).toBe('no option found to get');
    });

    it('atlasVersion is not a command on a self-hosted server (59)', async () => {
      const err = await serverError(() => admin().command({ atlasVersion: 1 }));
      expect(err.code).toBe(59);
      expect(err.codeName).toBe('CommandNotFound');
    });

    it('getParameter featureCompatibilityVersion', async () => {
      const reply = await admin().command({ getParameter: 1, featureCompatibilityVersion: 1 });
      expect(reply.featureCompatibilityVersion.version).toMatch(/^\d+\.\d+$/);
      expect(reply).not.toHaveProperty('transactionLifetimeLimitSeconds');
    });

    it('getLog startupWarnings has a line count and an array of lines', async () => {
      const reply = await admin().command({ getLog: 'startupWarnings' });
      expect(typeof reply.totalLinesWritten).toBe('number');
      expect(Array.isArray(reply.log)).toBe(true);
      for (const line of reply.log) expect(typeof line).toBe('string');
      const names = await admin().command({ getLog: '*' });
      expect(names.names).toEqual(expect.arrayContaining(['global', 'startupWarnings']));
    });

    it('getLog refuses a name that is not a string (TypeMismatch, 14)', async () => {
      const err = await serverError(() => admin().command({ getLog: 1 }));
      expect(err.code).toBe(14);
    });

    it('hello names the replica set the prompt shows', async () => {
      const hello = await admin().command({ hello: 1 });
      expect(hello.isWritablePrimary).toBe(true);
      expect(typeof hello.setName).toBe('string');
    });
  });

  describe('show dbs and show collections', () => {
    it('listDatabases gives each database its size and emptiness, and a total', async () => {
      const { db, dbName } = server();
      await db.collection('shown').insertOne({ a: 1 });
      const reply = await admin().command({ listDatabases: 1 });
      const entry = reply.databases.find((d: Document) => d.name === dbName);
      expect(entry).toMatchObject({ name: dbName, empty: false });
      expect(entry.sizeOnDisk).toBeGreaterThan(0);
      for (const d of reply.databases) {
        expect(typeof d.name).toBe('string');
        expect(typeof d.sizeOnDisk).toBe('number');
        expect(typeof d.empty).toBe('boolean');
      }
      expect(typeof reply.totalSize).toBe('number');
      expect(reply.totalSize).toBeGreaterThanOrEqual(entry.sizeOnDisk);
      expect(typeof reply.totalSizeMb).toBe('number');
    });

    it('listCollections as show collections sends it: names and types', async () => {
      const { db } = server();
      await db.collection('listed').insertOne({ a: 1 });
      const reply = await db.command({
        listCollections: 1,
        filter: {},
        cursor: {},
        nameOnly: true,
        authorizedCollections: false,
      });
      expect(cursorBatch(reply)).toContainEqual({ name: 'listed', type: 'collection' });
    });

    it('listCollections as drop() checks a name first: type, options, info and idIndex', async () => {
      const { db } = server();
      await db.collection('described').insertOne({ a: 1 });
      const reply = await db.command({
        listCollections: 1,
        filter: { name: 'described' },
        cursor: {},
        nameOnly: false,
        authorizedCollections: false,
      });
      const [entry, ...rest] = cursorBatch(reply);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ name: 'described', type: 'collection', options: {} });
      expect(entry!.info.readOnly).toBe(false);
      expect(entry!.info.uuid).toBeInstanceOf(Binary);
      expect(entry!.idIndex).toMatchObject({ key: { _id: 1 }, name: '_id_' });
    });
  });

  describe('everyday collection helpers', () => {
    it('insertOne, updateOne, countDocuments, find, deleteOne as mongosh sends them', async () => {
      const { db } = server();
      const inserted = await db.command({ insert: 'everyday', documents: [{ a: 1, k: 'x' }], ordered: true });
      expect(inserted).toMatchObject({ n: 1, ok: 1 });
      expect(inserted).not.toHaveProperty('writeErrors');
      await db.command({ insert: 'everyday', documents: [{ a: 2, k: 'y' }], ordered: true });

      const updated = await db.command({
        update: 'everyday',
        updates: [{ q: { a: 1 }, u: { $set: { b: 2 } } }],
        ordered: true,
      });
      expect(updated).toMatchObject({ n: 1, nModified: 1, ok: 1 });

      const counted = await db.command({
        aggregate: 'everyday',
        pipeline: [{ $match: { a: { $gte: 1 } } }, { $group: { _id: 1, n: { $sum: 1 } } }],
        cursor: {},
      });
      expect(cursorBatch(counted)).toEqual([{ _id: 1, n: 2 }]);

      const found = await db.command({ find: 'everyday', filter: { k: 'x' }, limit: 5 });
      expect(found.cursor.id.toString()).toBe('0');
      expect(found.cursor.ns).toBe(`${server().dbName}.everyday`);
      expect(cursorBatch(found)).toEqual([expect.objectContaining({ a: 1, b: 2, k: 'x' })]);

      const deleted = await db.command({ delete: 'everyday', deletes: [{ q: { k: 'x' }, limit: 1 }], ordered: true });
      expect(deleted).toMatchObject({ n: 1, ok: 1 });
      const none = await db.command({
        aggregate: 'everyday',
        pipeline: [{ $match: { k: 'x' } }, { $group: { _id: 1, n: { $sum: 1 } } }],
        cursor: {},
      });
      expect(cursorBatch(none)).toEqual([]);
    });

    it('aggregate returns its result in firstBatch', async () => {
      const { db } = server();
      await db.collection('agg').insertMany([{ k: 'a' }, { k: 'b' }, { k: 'a' }]);
      const reply = await db.command({
        aggregate: 'agg',
        pipeline: [{ $group: { _id: '$k', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
        cursor: {},
      });
      expect(cursorBatch(reply)).toEqual([
        { _id: 'a', n: 2 },
        { _id: 'b', n: 1 },
      ]);
    });

    it('createIndex and getIndexes', async () => {
      const { db } = server();
      await db.collection('indexed').insertOne({ a: 1 });
      const created = await db.command({ createIndexes: 'indexed', indexes: [{ name: 'a_1', key: { a: 1 } }] });
      expect(created).toMatchObject({ numIndexesBefore: 1, numIndexesAfter: 2, createdCollectionAutomatically: false });
      const listed = await db.command({ listIndexes: 'indexed', cursor: {} });
      expect(cursorBatch(listed)).toEqual([
        { v: 2, key: { _id: 1 }, name: '_id_' },
        { v: 2, key: { a: 1 }, name: 'a_1' },
      ]);
    });

    it('`it` pages past the first 101 documents with getMore', async () => {
      const { db, dbName } = server();
      await db.collection('paged').insertMany(Array.from({ length: 150 }, (_, i) => ({ i })));
      const first = await db.command(
        { find: 'paged', filter: {}, projection: { _id: 0 }, sort: { i: 1 } },
        { promoteLongs: false },
      );
      expect(cursorBatch(first)).toHaveLength(101);
      const id = first.cursor.id as Long;
      expect(id).toBeInstanceOf(Long);
      expect(id.isZero()).toBe(false);
      const next = await db.command({ getMore: id, collection: 'paged' }, { promoteLongs: false });
      expect(next.cursor.ns).toBe(`${dbName}.paged`);
      expect((next.cursor.id as Long).isZero()).toBe(true);
      const rest = next.cursor.nextBatch as Document[];
      expect(rest.map((d) => d.i)).toEqual(Array.from({ length: 49 }, (_, i) => 101 + i));
    });

    it('drop answers nIndexesWas and ns', async () => {
      const { db, dbName } = server();
      await db.collection('dropped').insertOne({ a: 1 });
      expect(await db.command({ drop: 'dropped' })).toMatchObject({ nIndexesWas: 1, ns: `${dbName}.dropped` });
    });
  });

  describe('stats', () => {
    it('db.stats() sends dbStats with scale 1', async () => {
      const { db, dbName } = server();
      await db.collection('counted').insertMany([{ a: 1 }, { a: 2 }]);
      const reply = await db.command({ dbStats: 1, scale: 1 });
      expect(reply.db).toBe(dbName);
      for (const field of [
        'collections',
        'views',
        'objects',
        'avgObjSize',
        'dataSize',
        'storageSize',
        'indexes',
        'indexSize',
        'totalSize',
        'scaleFactor',
        'fsUsedSize',
        'fsTotalSize',
      ]) {
        expect(typeof reply[field], field).toBe('number');
      }
      expect(reply.objects).toBeGreaterThanOrEqual(2);
    });

    it('coll.stats() reads $collStats storageStats, then config.collections', async () => {
      const { db, client, dbName } = server();
      await db.collection('measured').insertMany([{ a: 1 }, { a: 2 }, { a: 3 }]);
      const reply = await db.command({
        aggregate: 'measured',
        pipeline: [{ $collStats: { storageStats: { scale: 1 } } }],
        cursor: {},
      });
      const [doc] = cursorBatch(reply);
      expect(doc!.ns).toBe(`${dbName}.measured`);
      expect(doc!.localTime).toBeInstanceOf(Date);
      expect(doc!.storageStats).toMatchObject({ count: 3, nindexes: 1, capped: false });
      for (const field of ['size', 'avgObjSize', 'storageSize', 'totalIndexSize', 'totalSize', 'scaleFactor'])
        expect(typeof doc!.storageStats[field], field).toBe('number');
      expect(Object.keys(doc!.storageStats.indexSizes)).toEqual(['_id_']);
      // Not sharded: mongosh finds no entry for the collection in config.collections.
      const sharded = await client.db('config').command({
        find: 'collections',
        filter: { _id: { $in: [`${dbName}.measured`] }, dropped: { $ne: true }, unsplittable: { $ne: true } },
        limit: 1,
      });
      expect(cursorBatch(sharded)).toEqual([]);
    });
  });

  describe('server and replica-set helpers', () => {
    it('serverStatus names the process and its replica set', async () => {
      const status = await admin().command({ serverStatus: 1 });
      expect(status.process).toBe('mongod');
      expect(typeof status.uptime).toBe('number');
      expect(status.connections.current).toBeGreaterThanOrEqual(1);
      const hello = await admin().command({ hello: 1 });
      expect(status.repl).toMatchObject({ setName: hello.setName, isWritablePrimary: true, primary: hello.primary });
    });

    it('rs.status() sends replSetGetStatus: one healthy primary, which is this server', async () => {
      const hello = await admin().command({ hello: 1 });
      const status = await admin().command({ replSetGetStatus: 1 });
      expect(status.set).toBe(hello.setName);
      expect(status.myState).toBe(1);
      expect(status.date).toBeInstanceOf(Date);
      expect(status.optimes.appliedOpTime.ts).toBeInstanceOf(Timestamp);
      const self = status.members.find((m: Document) => m.self);
      expect(self).toMatchObject({ health: 1, state: 1, stateStr: 'PRIMARY', name: hello.primary });
      expect(typeof self.uptime).toBe('number');
      expect(self.optime.ts).toBeInstanceOf(Timestamp);
      expect(self.optimeDate).toBeInstanceOf(Date);
      expect(self.electionDate).toBeInstanceOf(Date);
    });

    it('rs.conf() sends replSetGetConfig: the set with this server as a voting member', async () => {
      const hello = await admin().command({ hello: 1 });
      const { config } = await admin().command({ replSetGetConfig: 1 });
      expect(config._id).toBe(hello.setName);
      expect(config.version).toBe(hello.setVersion);
      expect(config.members.map((m: Document) => m.host)).toContain(hello.primary);
      const member = config.members.find((m: Document) => m.host === hello.primary);
      expect(member).toMatchObject({ arbiterOnly: false, hidden: false, votes: 1 });
      expect(typeof config.settings).toBe('object');
    });

    it('db.serverCmdLineOpts() sends getCmdLineOpts: argv and parsed', async () => {
      const reply = await admin().command({ getCmdLineOpts: 1 });
      expect(Array.isArray(reply.argv)).toBe(true);
      for (const arg of reply.argv) expect(typeof arg).toBe('string');
      expect(typeof reply.parsed).toBe('object');
      const { embedded } = server();
      if (embedded) {
        const hello = await admin().command({ hello: 1 });
        expect(reply.parsed.net.port).toBe(embedded.port);
        expect(reply.parsed.replication.replSet).toBe(hello.setName);
        expect(typeof reply.parsed.storage.dbPath).toBe('string');
      }
    });

    it('connectionStatus gives authInfo, with privileges on request', async () => {
      const { db } = server();
      const reply = await db.command({ connectionStatus: 1 });
      expect(Array.isArray(reply.authInfo.authenticatedUsers)).toBe(true);
      expect(Array.isArray(reply.authInfo.authenticatedUserRoles)).toBe(true);
      const detailed = await db.command({ connectionStatus: 1, showPrivileges: true });
      expect(Array.isArray(detailed.authInfo.authenticatedUserPrivileges)).toBe(true);
    });

    it('db.getProfilingStatus() and db.getLogComponents()', async () => {
      const { db } = server();
      const profiling = await db.command({ profile: -1 });
      expect(profiling).toMatchObject({ was: 0, ok: 1 });
      expect(typeof profiling.slowms).toBe('number');
      expect(typeof profiling.sampleRate).toBe('number');
      const reply = await admin().command({ getParameter: 1, logComponentVerbosity: 1 });
      expect(typeof reply.logComponentVerbosity.verbosity).toBe('number');
    });
  });

  describe.skipIf(externalServer)('what the embedded server refuses (embedded only)', () => {
    it('views, capped and time-series collections and validators are refused, not created as plain collections', async () => {
      const { db } = server();
      await db.collection('base').insertOne({ a: 1 });
      for (const options of [
        { viewOn: 'base', pipeline: [] },
        { capped: true, size: 4096 },
        { timeseries: { timeField: 't' } },
        { validator: { a: { $exists: true } } },
      ]) {
        const err = await serverError(() => db.command({ create: 'refused', ...options }));
        expect(err.code).toBe(115);
        expect(err.codeName).toBe('CommandNotSupported');
      }
      expect(await db.listCollections({ name: 'refused' }).toArray()).toEqual([]);
    });

    it('string matching under a collation is refused; sorting by one and matching non-strings work', async () => {
      const coll = server().db.collection<AnyDoc>('people');
      await coll.insertMany([
        { name: 'Åsa', age: 40 },
        { name: 'anna', age: 30 },
        { name: 'Bo', age: 50 },
      ]);
      const sv = { locale: 'sv', strength: 2 };
      for (const attempt of [
        () => coll.find({ name: 'ANNA' }, { collation: sv }).toArray(),
        () => coll.countDocuments({ name: { $gt: 'a' } }, { collation: sv }),
        () => coll.updateOne({ name: 'bo' }, { $set: { seen: true } }, { collation: sv }),
        () => coll.deleteMany({ name: 'bo' }, { collation: sv }),
        () => coll.aggregate([{ $group: { _id: '$name' } }], { collation: sv }).toArray(),
      ]) {
        const err = await serverError(attempt);
        expect(err.code).toBe(115);
      }
      const sorted = await coll.find({ age: { $gte: 30 } }, { collation: sv, sort: { name: 1 } }).toArray();
      expect(sorted.map((d) => d.name)).toEqual(['anna', 'Bo', 'Åsa']);
      expect(await coll.countDocuments({ seen: true })).toBe(0);
    });

    it('$setWindowFields is refused by name', async () => {
      const err = await serverError(() =>
        server()
          .db.collection('windows')
          .aggregate([{ $setWindowFields: { sortBy: { n: 1 }, output: { r: { $rank: {} } } } }])
          .toArray(),
      );
      expect(err.code).toBe(115);
      expect(err.message).toContain('$setWindowFields');
    });

    it('an index with a collation is refused rather than kept in binary order', async () => {
      const coll = server().db.collection('collated');
      const err = await serverError(() =>
        coll.createIndex({ name: 1 }, { unique: true, collation: { locale: 'sv', strength: 2 } }),
      );
      expect(err.code).toBe(115);
      expect(await coll.createIndex({ name: 1 }, { collation: { locale: 'simple' } })).toBe('name_1');
    });

    it('profiling cannot be switched on', async () => {
      const err = await serverError(() => server().db.command({ profile: 1 }));
      expect(err.code).toBe(115);
      expect(await server().db.command({ profile: 0 })).toMatchObject({ was: 0 });
    });
  });
});
