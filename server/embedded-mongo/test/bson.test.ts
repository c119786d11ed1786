import { describe, expect, it } from 'vitest';
import {
  Binary,
  BSONRegExp,
  Decimal128,
  Double,
  Int32,
  Long,
  MaxKey,
  MinKey,
  ObjectId,
  Timestamp,
  type Document,
} from 'mongodb';
import { serverError, useServer, type AnyDoc } from './harness.js';

/** One value of every BSON type the app may store, keyed by _id; `v` absent on _id 2. */
function mixedDocs(): Document[] {
  return [
    { _id: 1, v: null },
    { _id: 2 },
    { _id: 3, v: new Int32(5) },
    { _id: 4, v: Long.fromNumber(2) },
    { _id: 5, v: new Double(3.5) },
    { _id: 6, v: Decimal128.fromString('4.25') },
    { _id: 7, v: 'apple' },
    { _id: 8, v: 'banana' },
    { _id: 9, v: { x: 1 } },
    { _id: 10, v: new Binary(Buffer.from([1, 2, 3])) },
    { _id: 11, v: new ObjectId('507f1f77bcf86cd799439011') },
    { _id: 12, v: false },
    { _id: 13, v: true },
    { _id: 14, v: new Date('2020-01-01T00:00:00Z') },
    { _id: 15, v: new Date('2021-01-01T00:00:00Z') },
    { _id: 16, v: new BSONRegExp('abc', 'i') },
    // Sorts by its smallest element ascending (the number 7) and its largest descending ('zzz').
    { _id: 17, v: [7, 'zzz'] },
  ];
}

describe('BSON semantics', () => {
  const server = useServer('bson');
  const coll = (name: string) => server().db.collection<AnyDoc>(name);

  describe('cross-type sort order', () => {
    it('ascending: null/missing < numbers < strings < objects < binary < ObjectId < booleans < dates < regex', async () => {
      await coll('sort').insertMany(mixedDocs());
      const ids = (
        await coll('sort')
          .find({}, { projection: { _id: 1 } })
          .sort({ v: 1, _id: 1 })
          .toArray()
      ).map((d) => d._id);
      expect(ids).toEqual([1, 2, 4, 5, 6, 3, 17, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    });

    it('descending uses the largest array element', async () => {
      const ids = (
        await coll('sort')
          .find({}, { projection: { _id: 1 } })
          .sort({ v: -1, _id: 1 })
          .toArray()
      ).map((d) => d._id);
      expect(ids).toEqual([16, 15, 14, 13, 12, 11, 10, 9, 17, 8, 7, 3, 6, 5, 4, 1, 2]);
    });

    it('the same order holds in an aggregation $sort', async () => {
      const ids = (
        await coll('sort')
          .aggregate([{ $sort: { v: 1, _id: 1 } }, { $project: { _id: 1 } }])
          .toArray()
      ).map((d) => d._id);
      expect(ids).toEqual([1, 2, 4, 5, 6, 3, 17, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    });

    it('MinKey and MaxKey bound everything; NaN is the smallest number; Timestamp sits between Date and Regex', async () => {
      await coll('extremes').insertMany([
        { _id: 1, v: new MaxKey() },
        { _id: 2, v: new BSONRegExp('x') },
        { _id: 3, v: new Timestamp({ t: 100, i: 1 }) },
        { _id: 4, v: new Date(0) },
        { _id: 5, v: 'a' },
        { _id: 6, v: -Infinity },
        { _id: 7, v: NaN },
        { _id: 8, v: null },
        { _id: 9, v: new MinKey() },
        { _id: 10, v: Decimal128.fromString('-5') },
      ]);
      const ids = async (dir: 1 | -1) => (await coll('extremes').find().sort({ v: dir }).toArray()).map((d) => d._id);
      expect(await ids(1)).toEqual([9, 8, 7, 6, 10, 5, 4, 3, 2, 1]);
      expect(await ids(-1)).toEqual([1, 2, 3, 4, 5, 10, 6, 7, 8, 9]);
    });

    it('$gt stays within the type bracket', async () => {
      const ids = (
        await coll('sort')
          .find({ v: { $gt: 3 } })
          .sort({ _id: 1 })
          .toArray()
      ).map((d) => d._id);
      // Numbers above 3, and the array through its element 7; never strings, dates or others.
      expect(ids).toEqual([3, 5, 6, 17]);
      const strings = (
        await coll('sort')
          .find({ v: { $gte: 'b' } })
          .sort({ _id: 1 })
          .toArray()
      ).map((d) => d._id);
      expect(strings).toEqual([8, 17]);
    });
  });

  describe('numeric equality across Int32, Long, Double and Decimal128', () => {
    it('find matches every numeric type of an equal value', async () => {
      await coll('nums').insertMany([
        { _id: 'i', v: new Int32(1) },
        { _id: 'l', v: Long.fromNumber(1) },
        { _id: 'd', v: new Double(1) },
        { _id: 'm', v: Decimal128.fromString('1.0') },
        { _id: 'other', v: 2 },
      ]);
      for (const probe of [new Int32(1), Long.fromNumber(1), new Double(1), Decimal128.fromString('1')]) {
        const ids = (await coll('nums').find({ v: probe }).toArray()).map((d) => d._id).sort();
        expect(ids).toEqual(['d', 'i', 'l', 'm']);
      }
      expect(await coll('nums').countDocuments({ v: { $in: [Long.fromNumber(2)] } })).toBe(1);
      expect(await coll('nums').countDocuments({ v: { $lt: Decimal128.fromString('1.5') } })).toBe(4);
    });

    it('a unique index treats Long(1) as a duplicate of Int32(1)', async () => {
      await coll('nums_unique').createIndex({ v: 1 }, { unique: true });
      await coll('nums_unique').insertOne({ v: new Int32(1) });
      const err = await serverError(() => coll('nums_unique').insertOne({ v: Long.fromNumber(1) }));
      expect(err.code).toBe(11000);
      const err2 = await serverError(() => coll('nums_unique').insertOne({ v: new Double(1) }));
      expect(err2.code).toBe(11000);
      const err3 = await serverError(() => coll('nums_unique').insertOne({ v: Decimal128.fromString('1.00') }));
      expect(err3.code).toBe(11000);
    });

    it('$group puts equal numbers of different types under one key', async () => {
      const groups = await coll('nums')
        .aggregate([{ $group: { _id: '$v', n: { $sum: 1 } } }, { $sort: { n: -1 } }])
        .toArray();
      expect(groups).toHaveLength(2);
      expect(groups[0].n).toBe(4);
      expect(Number(groups[0]._id)).toBe(1);
      expect(groups[1]).toEqual({ _id: 2, n: 1 });
    });

    it('numeric types survive the round trip', async () => {
      await coll('types').insertOne({
        _id: 1,
        i: new Int32(7),
        l: Long.fromString('9007199254740993'),
        d: new Double(7),
        m: Decimal128.fromString('7.10'),
        r: new BSONRegExp('^a.c$', 'im'),
      });
      const raw = await coll('types').findOne({ _id: 1 }, { promoteValues: false, bsonRegExp: true });
      expect(raw?.i._bsontype).toBe('Int32');
      expect(raw?.l._bsontype).toBe('Long');
      expect(raw?.l.toString()).toBe('9007199254740993');
      expect(raw?.d._bsontype).toBe('Double');
      expect(raw?.m._bsontype).toBe('Decimal128');
      expect(raw?.m.toString()).toBe('7.10');
      expect(raw?.r._bsontype).toBe('BSONRegExp');
      expect(raw?.r.pattern).toBe('^a.c$');
      expect(raw?.r.options).toBe('im');
      // With default options a double that is integral still comes back as a JS number 7.
      const promoted = await coll('types').findOne({ _id: 1 });
      expect(promoted?.d).toBe(7);
      expect(promoted?.i).toBe(7);
    });

    it('$inc keeps or widens the type as MongoDB does', async () => {
      await coll('inc').insertOne({ _id: 1, i: new Int32(1), l: Long.fromNumber(1), d: new Double(1.5) });
      await coll('inc').updateOne({ _id: 1 }, { $inc: { i: new Int32(1), l: new Int32(1), d: new Int32(1) } });
      const raw = await coll('inc').findOne({ _id: 1 }, { promoteValues: false });
      expect(raw?.i._bsontype).toBe('Int32');
      expect(raw?.i.valueOf()).toBe(2);
      expect(raw?.l._bsontype).toBe('Long');
      expect(raw?.l.toNumber()).toBe(2);
      expect(raw?.d._bsontype).toBe('Double');
      expect(raw?.d.valueOf()).toBe(2.5);
    });
  });

  describe('documents and _id', () => {
    it('stores _id first whatever its position on insert', async () => {
      await coll('order').insertOne({ a: 1, _id: 5, b: 2 });
      const doc = await coll('order').findOne({ _id: 5 });
      expect(Object.keys(doc!)).toEqual(['_id', 'a', 'b']);
    });

    it('keeps field order of nested documents as inserted', async () => {
      await coll('order').insertOne({ _id: 6, z: 1, a: { y: 1, b: 2 }, m: 3 });
      const doc = await coll('order').findOne({ _id: 6 });
      expect(Object.keys(doc!)).toEqual(['_id', 'z', 'a', 'm']);
      expect(Object.keys(doc!.a)).toEqual(['y', 'b']);
    });

    it('refuses an update that changes _id (66 ImmutableField)', async () => {
      await coll('immutable').insertOne({ _id: 1, a: 1 });
      const err = await serverError(() => coll('immutable').updateOne({ _id: 1 }, { $set: { _id: 2 } }));
      expect(err.code).toBe(66);
      const replace = await serverError(() => coll('immutable').replaceOne({ _id: 1 }, { _id: 3, a: 2 }));
      expect(replace.code).toBe(66);
      // Setting _id to its current value is not a change.
      await coll('immutable').updateOne({ _id: 1 }, { $set: { _id: 1, a: 5 } });
      expect(await coll('immutable').findOne({})).toEqual({ _id: 1, a: 5 });
    });

    it('a duplicate _id is E11000 on the _id_ index', async () => {
      await coll('dupid').insertOne({ _id: 'x' });
      const err = await serverError(() => coll('dupid').insertOne({ _id: 'x' }));
      expect(err.code).toBe(11000);
      expect(err.message).toContain('index: _id_ dup key: { _id: "x" }');
    });
  });

  describe('queries by type', () => {
    it('{a: null} matches null and missing; $exists tells them apart', async () => {
      await coll('nulls').insertMany([{ _id: 1, a: null }, { _id: 2 }, { _id: 3, a: 0 }, { _id: 4, a: [null, 1] }]);
      const ids = async (filter: Document) =>
        (await coll('nulls').find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
      expect(await ids({ a: null })).toEqual([1, 2, 4]);
      expect(await ids({ a: { $exists: false } })).toEqual([2]);
      expect(await ids({ a: { $exists: true } })).toEqual([1, 3, 4]);
      expect(await ids({ a: { $ne: null } })).toEqual([3]);
      expect(await ids({ a: { $type: 'null' } })).toEqual([1, 4]);
    });

    it('$gt: 5 does not match strings, and $type selects by type', async () => {
      await coll('brackets').insertMany([
        { _id: 1, a: 10 },
        { _id: 2, a: '10' },
        { _id: 3, a: 'zzz' },
        { _id: 4, a: Long.fromNumber(6) },
        { _id: 5, a: new Date(0) },
      ]);
      const ids = async (filter: Document) =>
        (await coll('brackets').find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
      expect(await ids({ a: { $gt: 5 } })).toEqual([1, 4]);
      expect(await ids({ a: { $type: 'string' } })).toEqual([2, 3]);
      expect(await ids({ a: { $type: 'number' } })).toEqual([1, 4]);
      expect(await ids({ a: { $type: 'long' } })).toEqual([4]);
      expect(await ids({ a: { $type: 'date' } })).toEqual([5]);
    });

    it('compares Dates and ObjectIds by value', async () => {
      const early = new ObjectId('000000000000000000000001');
      const late = new ObjectId('ffffffffffffffffffffff01');
      await coll('dates').insertMany([
        { _id: early, at: new Date('2024-01-01T00:00:00Z') },
        { _id: late, at: new Date('2025-06-01T00:00:00Z') },
      ]);
      expect(await coll('dates').countDocuments({ at: { $gte: new Date('2024-06-01T00:00:00Z') } })).toBe(1);
      expect(await coll('dates').countDocuments({ at: { $lt: new Date('2030-01-01T00:00:00Z') } })).toBe(2);
      const after = await coll('dates')
        .find({ _id: { $gt: early } })
        .toArray();
      expect(after.map((d) => (d._id as ObjectId).toHexString())).toEqual([late.toHexString()]);
      const sorted = await coll('dates').find().sort({ _id: -1 }).toArray();
      expect((sorted[0]._id as ObjectId).equals(late)).toBe(true);
      expect(await coll('dates').countDocuments({ at: { $gt: '2000' } })).toBe(0);
    });

    it('regex queries: literal, $regex with $options, anchored, inside arrays, $in with regex', async () => {
      await coll('regex').insertMany([
        { _id: 1, name: 'Anna', tags: ['alpha', 'beta'] },
        { _id: 2, name: 'annika', tags: ['gamma'] },
        { _id: 3, name: 'Bo', tags: [] },
        { _id: 4, name: 42 },
      ]);
      const ids = async (filter: Document) =>
        (await coll('regex').find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
      expect(await ids({ name: /^ann/i })).toEqual([1, 2]);
      expect(await ids({ name: /^ann/ })).toEqual([2]);
      expect(await ids({ name: { $regex: 'KA$', $options: 'i' } })).toEqual([2]);
      expect(await ids({ tags: /^b/ })).toEqual([1]);
      expect(await ids({ name: { $in: [/^B/, 'annika'] } })).toEqual([2, 3]);
      expect(await ids({ name: { $not: /a/i } })).toEqual([3, 4]);
    });

    it('a stored regex value is matched by equality with the same regex only through $eq', async () => {
      await coll('regex_values').insertOne({ _id: 1, r: new BSONRegExp('abc', 'i') });
      expect(await coll('regex_values').countDocuments({ r: { $eq: new BSONRegExp('abc', 'i') } })).toBe(1);
      expect(await coll('regex_values').countDocuments({ r: { $type: 'regex' } })).toBe(1);
    });
  });
});
