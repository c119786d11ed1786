/**
 * Cases where MongoDB's CRUD specification tests caught the embedded server giving a wrong answer
 * or a misleading error. Each is now answered as mongod 7.0 answers it, or refused by name.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ObjectId } from 'mongodb';
import { externalServer, serverError, useServer, type AnyDoc } from './harness.js';

describe('CRUD specification findings', () => {
  const server = useServer('specfind');
  const db = () => server().db;

  describe('update pipelines keep _id', () => {
    const coll = () => db().collection<AnyDoc>('pipelines');
    beforeEach(async () => {
      await coll().deleteMany({});
      await coll().insertMany([
        { _id: 1, x: 1, y: 1, t: { u: { v: 1 } } },
        { _id: 2, x: 2, y: 1 },
      ]);
    });

    it('a pipeline whose output has no _id keeps the original one', async () => {
      const res = await coll().updateOne({ _id: 1 }, [{ $replaceRoot: { newRoot: '$t' } }, { $addFields: { foo: 1 } }]);
      expect(res).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
      expect(await coll().find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 1, u: { v: 1 }, foo: 1 },
        { _id: 2, x: 2, y: 1 },
      ]);
    });

    it('setting _id to its own value, or replacing the root with the same _id, is allowed', async () => {
      await coll().updateOne({ _id: 2 }, [{ $set: { _id: '$_id', x: 20 } }]);
      await coll().updateOne({ _id: 1 }, [{ $replaceWith: { _id: '$_id', z: 3 } }]);
      expect(await coll().find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 1, z: 3 },
        { _id: 2, x: 20, y: 1 },
      ]);
      const oid = new ObjectId();
      await coll().insertOne({ _id: oid, n: 1 });
      await coll().updateOne({ _id: oid }, [{ $replaceWith: { $mergeObjects: ['$$ROOT', { n: 2 }] } }]);
      expect(await coll().findOne({ _id: oid })).toEqual({ _id: oid, n: 2 });
    });

    it('updateMany and findOneAndUpdate with $project keep _id', async () => {
      await coll().updateMany({}, [{ $project: { x: 1 } }, { $addFields: { foo: 1 } }]);
      expect(await coll().find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 1, x: 1, foo: 1 },
        { _id: 2, x: 2, foo: 1 },
      ]);
      const before = await coll().findOneAndUpdate({ _id: 1 }, [{ $project: { foo: 1 } }]);
      expect(before).toEqual({ _id: 1, x: 1, foo: 1 });
      expect(await coll().findOne({ _id: 1 })).toEqual({ _id: 1, foo: 1 });
    });

    it('changing _id in a pipeline is still ImmutableField (66)', async () => {
      const err = await serverError(() => coll().updateOne({ _id: 1 }, [{ $set: { _id: 99 } }]));
      expect(err.code).toBe(66);
      expect(await coll().countDocuments({ _id: 1 })).toBe(1);
    });
  });

  describe('let variables', () => {
    const coll = () => db().collection<AnyDoc>('lets');
    beforeEach(async () => {
      await coll().deleteMany({});
      await coll().insertMany([{ _id: 1 }, { _id: 2, name: 'name' }, { _id: 3, name: 'name' }]);
    });
    const all = () => coll().find().sort({ _id: 1 }).toArray();

    it('find: $$name in $expr and in the projection', async () => {
      const found = await coll()
        .find({ $expr: { $eq: ['$_id', '$$id'] } }, { let: { id: 2, tag: 'bar' }, projection: { tag: '$$tag' } })
        .toArray();
      expect(found).toEqual([{ _id: 2, tag: 'bar' }]);
    });

    it('aggregate: variables are evaluated once, $literal keeps a dollar string', async () => {
      const out = await coll()
        .aggregate([{ $match: { $expr: { $gt: ['$_id', '$$min'] } } }, { $project: { _id: 1, x: '$$x', y: '$$y' } }], {
          let: { min: 1, x: { $concat: ['f', 'oo'] }, y: { $literal: '$bar' } },
        })
        .toArray();
      expect(out).toEqual([
        { _id: 2, x: 'foo', y: '$bar' },
        { _id: 3, x: 'foo', y: '$bar' },
      ]);
    });

    it('updateOne and updateMany: variables in the filter and in a pipeline update', async () => {
      const many = await coll().updateMany(
        { $expr: { $eq: ['$name', '$$name'] } },
        [{ $set: { x: '$$x', y: '$$y' } }],
        {
          let: { name: 'name', x: 'foo', y: { $literal: 'bar' } },
        },
      );
      expect(many).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
      const one = await coll().updateOne({ $expr: { $eq: ['$_id', '$$id'] } }, [{ $set: { z: '$$z' } }], {
        let: { id: 1, z: 7 },
      });
      expect(one).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
      expect(await all()).toEqual([
        { _id: 1, z: 7 },
        { _id: 2, name: 'name', x: 'foo', y: 'bar' },
        { _id: 3, name: 'name', x: 'foo', y: 'bar' },
      ]);
    });

    it('an upsert built from a pipeline sees the variables', async () => {
      await coll().updateOne({ _id: 9 }, [{ $set: { v: '$$v' } }], { upsert: true, let: { v: 'new' } });
      expect(await coll().findOne({ _id: 9 })).toEqual({ _id: 9, v: 'new' });
    });

    it('bulkWrite replaceOne, deleteOne and deleteMany with let', async () => {
      await coll().bulkWrite(
        [{ replaceOne: { filter: { $expr: { $eq: ['$_id', '$$id'] } }, replacement: { x: 3 } } }],
        {
          let: { id: 1 },
        },
      );
      expect(await coll().findOne({ _id: 1 })).toEqual({ _id: 1, x: 3 });
      await coll().deleteOne({ $expr: { $eq: ['$_id', '$$id'] } }, { let: { id: 1 } });
      expect((await all()).map((d) => d._id)).toEqual([2, 3]);
      await coll().deleteMany({ $expr: { $eq: ['$name', '$$name'] } }, { let: { name: 'name' } });
      expect(await all()).toEqual([]);
    });

    it('findOneAndUpdate, findOneAndReplace and findOneAndDelete with let', async () => {
      const byId = { $expr: { $eq: ['$_id', '$$id'] } };
      await coll().findOneAndUpdate(byId, [{ $set: { x: '$$x' } }], { let: { id: 1, x: 'up' } });
      expect(await coll().findOne({ _id: 1 })).toEqual({ _id: 1, x: 'up' });
      await coll().findOneAndReplace(byId, { x: 'rep' }, { let: { id: 2 } });
      expect(await coll().findOne({ _id: 2 })).toEqual({ _id: 2, x: 'rep' });
      const gone = await coll().findOneAndDelete(byId, { let: { id: 3 } });
      expect(gone).toEqual({ _id: 3, name: 'name' });
      expect((await all()).map((d) => d._id)).toEqual([1, 2]);
    });

    it('an undefined variable, a badly named one and one that reads a field are errors', async () => {
      const undef = await serverError(() =>
        coll()
          .find({ $expr: { $eq: ['$_id', '$$nope'] } }, { let: { id: 1 } })
          .toArray(),
      );
      expect(undef.code).toBe(17276);
      expect(undef.message).toContain('Use of undefined variable: nope');
      const upper = await serverError(() =>
        coll()
          .find({}, { let: { Upper: 1 } })
          .toArray(),
      );
      expect(upper.code).toBe(16867);
      const field = await serverError(() =>
        coll()
          .find({}, { let: { f: '$name' } })
          .toArray(),
      );
      expect(field.code).toBe(4890500);
    });
  });

  describe('sort on updateOne and replaceOne (not in the 7.0 update command)', () => {
    it('is refused as an unknown field, and nothing is written', async () => {
      const coll = db().collection<AnyDoc>('sorted');
      await coll.insertMany([
        { _id: 1, x: 1 },
        { _id: 2, x: 2 },
      ]);
      for (const attempt of [
        () => coll.updateOne({}, { $set: { y: 1 } }, { sort: { x: -1 } }),
        () => coll.replaceOne({}, { y: 1 }, { sort: { x: -1 } }),
        () => coll.bulkWrite([{ updateOne: { filter: {}, update: { $set: { y: 1 } }, sort: { x: -1 } } }]),
      ]) {
        const err = await serverError(attempt);
        expect(err.code).toBe(40415);
        expect(err.message).toBe("BSON field 'update.updates.sort' is an unknown field.");
      }
      const unknown = await serverError(() =>
        db().command({ update: 'sorted', updates: [{ q: {}, u: { $set: { y: 1 } }, bogus: 1 }] }),
      );
      expect(unknown.code).toBe(40415);
      expect(await coll.countDocuments({ y: { $exists: true } })).toBe(0);
    });
  });

  describe("'$'-prefixed field names inside _id", () => {
    it('are refused with DollarPrefixedFieldName (52) on insert, replace-upsert and update-upsert', async () => {
      const coll = db().collection<AnyDoc>('dollars');
      for (const attempt of [
        () => coll.insertOne({ _id: { $a: 1 } as never }),
        () => coll.insertOne({ _id: { a: { $b: 1 } } as never }),
        () => coll.replaceOne({ _id: 5 }, { _id: { $a: 1 } as never }, { upsert: true }),
        () => coll.updateOne({ z: 1 }, { $set: { _id: { $a: 1 } } } as never, { upsert: true }),
      ]) {
        const err = await serverError(attempt);
        expect(err.code).toBe(52);
        expect(err.message).toContain("_id fields may not contain '$'-prefixed fields");
      }
      expect(await coll.countDocuments()).toBe(0);
      // Elsewhere, dollar-prefixed and dotted names are stored, as on mongod 5.0+.
      await coll.insertOne({ _id: { 'a.b': 1 } as never });
      await coll.insertOne({ _id: 1, a: { $b: 1 } });
      expect(await coll.countDocuments()).toBe(2);
    });
  });

  describe('readConcern with $out and $merge', () => {
    it('linearizable is InvalidOptions (72); local and majority write; an unknown level fails to parse', async () => {
      const src = db().collection<AnyDoc>('rc_src');
      await src.insertMany([
        { _id: 1, x: 11 },
        { _id: 2, x: 22 },
      ]);
      const lin = db().collection<AnyDoc>('rc_src', { readConcern: { level: 'linearizable' } });
      const out = await serverError(() => lin.aggregate([{ $out: 'rc_out' }]).toArray());
      expect(out.code).toBe(72);
      expect(out.message).toBe("$out cannot be used with a 'linearizable' read concern level");
      const merge = await serverError(() => lin.aggregate([{ $merge: { into: 'rc_out' } }]).toArray());
      expect(merge.code).toBe(72);
      expect(merge.message).toBe("$merge cannot be used with a 'linearizable' read concern level");
      expect(await db().collection('rc_out').countDocuments()).toBe(0);
      // A plain linearizable read is fine on a primary.
      expect(await lin.countDocuments()).toBe(2);

      const majority = db().collection<AnyDoc>('rc_src', { readConcern: { level: 'majority' } });
      await majority.aggregate([{ $match: { _id: { $gt: 1 } } }, { $out: 'rc_out' }]).toArray();
      expect(await db().collection('rc_out').find().toArray()).toEqual([{ _id: 2, x: 22 }]);

      const invalid = db().collection<AnyDoc>('rc_src', { readConcern: { level: '!invalid123' as never } });
      const bad = await serverError(() => invalid.aggregate([{ $out: 'rc_out2' }]).toArray());
      if (!externalServer) expect(bad.code).toBe(9);
      expect(await db().listCollections({ name: 'rc_out2' }).toArray()).toEqual([]);
    });
  });

  describe.skipIf(externalServer)('collations (embedded: sorting only)', () => {
    const coll = () => db().collection<AnyDoc>('collated');
    beforeEach(async () => {
      await coll().deleteMany({});
      await coll().insertMany([
        { _id: 1, x: 'ping' },
        { _id: 2, x: 'pong' },
        { _id: 3, x: 'Ping' },
      ]);
    });
    const enUS = { locale: 'en_US', strength: 2 };

    it('an ICU locale such as en_US is understood: sorting under it works', async () => {
      const docs = await coll()
        .find({}, { collation: { locale: 'en_US' }, sort: { x: 1, _id: 1 } })
        .toArray();
      expect(docs.map((d) => d._id)).toEqual([1, 3, 2]);
      const byId = await coll()
        .find({ _id: { $gt: 1 } }, { collation: enUS })
        .toArray();
      expect(byId.map((d) => d._id)).toEqual([2, 3]);
    });

    it('string matching or grouping under it is refused by name (115) for every command', async () => {
      for (const attempt of [
        () => coll().find({ x: 'PING' }, { collation: enUS }).toArray(),
        () => coll().countDocuments({ x: 'PING' }, { collation: enUS }),
        () => db().command({ count: 'collated', query: { x: 'PING' }, collation: enUS }),
        () => coll().distinct('x', {}, { collation: enUS }),
        () => coll().updateOne({ x: 'PING' }, { $set: { seen: 1 } }, { collation: enUS }),
        () => coll().updateMany({ x: 'PING' }, { $set: { seen: 1 } }, { collation: enUS }),
        () => coll().replaceOne({ x: 'PING' }, { seen: 1 }, { collation: enUS }),
        () => coll().deleteOne({ x: 'PING' }, { collation: enUS }),
        () => coll().deleteMany({ x: 'PING' }, { collation: enUS }),
        () => coll().findOneAndUpdate({ x: 'PING' }, { $set: { seen: 1 } }, { collation: enUS }),
        () => coll().findOneAndDelete({ x: 'PING' }, { collation: enUS }),
        () => coll().bulkWrite([{ deleteMany: { filter: { x: 'PING' }, collation: enUS } }]),
      ]) {
        const err = await serverError(attempt);
        expect(err.code).toBe(115);
        expect(err.codeName).toBe('CommandNotSupported');
        expect(err.message).toContain('collation');
      }
      expect(await coll().countDocuments({ seen: { $exists: true } })).toBe(0);
      expect(await coll().countDocuments()).toBe(3);
    });

    it("distinct of numbers under a collation works; the 'simple' locale is always accepted", async () => {
      expect(await coll().distinct('_id', {}, { collation: enUS })).toEqual([1, 2, 3]);
      const simple = { locale: 'simple' };
      expect(await coll().find({ x: 'ping' }, { collation: simple }).toArray()).toEqual([{ _id: 1, x: 'ping' }]);
      expect(await coll().distinct('x', {}, { collation: simple })).toEqual(['Ping', 'ping', 'pong']);
      await coll().updateOne({ x: 'pong' }, { $set: { seen: 1 } }, { collation: simple });
      expect(await coll().countDocuments({ seen: 1 })).toBe(1);
    });

    it('findOneAndUpdate sorts by the collation', async () => {
      const doc = await coll().findOneAndUpdate(
        { _id: { $gte: 1 } },
        { $set: { first: true } },
        { sort: { x: -1, _id: 1 }, collation: { locale: 'en_US' } },
      );
      expect(doc?._id).toBe(2);
    });

    it('an unknown locale is BadValue, as on mongod', async () => {
      const err = await serverError(() =>
        coll()
          .find({}, { collation: { locale: 'xx_NOPE' }, sort: { x: 1 } })
          .toArray(),
      );
      expect(err.code).toBe(2);
      expect(err.message).toContain("Field 'locale' is invalid");
    });
  });

  describe.skipIf(externalServer)('the version it reports (embedded)', () => {
    it('buildInfo, serverStatus and explain agree with the wire version hello advertises (7.0)', async () => {
      const admin = server().client.db('admin');
      const hello = await admin.command({ hello: 1 });
      expect(hello.maxWireVersion).toBe(21);
      const info = await admin.command({ buildInfo: 1 });
      expect(info.version).toMatch(/^7\.0\.\d+$/);
      expect(info.versionArray.slice(0, 2)).toEqual([7, 0]);
      expect(info.versionArray.join('.')).toBe(`${info.version}.0`);
      const status = await admin.command({ serverStatus: 1 });
      expect(status.version).toBe(info.version);
      const fcv = await admin.command({ getParameter: 1, featureCompatibilityVersion: 1 });
      expect(fcv.featureCompatibilityVersion).toEqual({ version: '7.0' });
      const plan = await db().collection('lets').find({}).explain();
      expect(plan.serverInfo.version).toBe(info.version);
    });
  });

  describe.skipIf(externalServer)('what stays a clear refusal (embedded)', () => {
    it('views, $documents, $listLocalSessions and collMod are refused, not answered wrongly', async () => {
      expect((await serverError(() => db().createCollection('v', { viewOn: 'lets', pipeline: [] }))).code).toBe(115);
      const documents = await serverError(() =>
        db()
          .aggregate([{ $documents: [{ a: 1 }] }])
          .toArray(),
      );
      expect(documents.code).toBe(40324);
      const sessions = await serverError(() =>
        server()
          .client.db('admin')
          .aggregate([{ $listLocalSessions: {} }])
          .toArray(),
      );
      expect(sessions.code).toBe(40324);
      const collMod = await serverError(() => db().command({ collMod: 'lets', validator: {} }));
      expect(collMod.code).toBe(59);
    });
  });
});
