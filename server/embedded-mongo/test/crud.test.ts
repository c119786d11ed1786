import { describe, expect, it } from 'vitest';
import { ObjectId, type Document } from 'mongodb';
import { anyError, externalServer, replyBody, serverError, useServer, type AnyDoc } from './harness.js';

describe('insert, find, update, delete and findAndModify', () => {
  const server = useServer('crud');
  const db = () => server().db;

  it('insert replies with n', async () => {
    const reply = await db().command({ insert: 'ins', documents: [{ _id: 1 }, { _id: 2 }, { _id: 3 }] });
    expect(replyBody(reply)).toEqual({ n: 3, ok: 1 });
  });

  it('find honours filter, projection, sort, skip and limit', async () => {
    const coll = db().collection<AnyDoc>('find');
    await coll.insertMany(
      Array.from({ length: 10 }, (_, i) => ({ _id: i, n: i, parity: i % 2 ? 'odd' : 'even', sub: { x: i * 10 } })),
    );
    const docs = await coll
      .find({ parity: 'odd' }, { projection: { n: 1, 'sub.x': 1 } })
      .sort({ n: -1 })
      .skip(1)
      .limit(2)
      .toArray();
    expect(docs).toEqual([
      { _id: 7, n: 7, sub: { x: 70 } },
      { _id: 5, n: 5, sub: { x: 50 } },
    ]);
    const excluded = await coll.find({ _id: 3 }, { projection: { sub: 0, parity: 0 } }).toArray();
    expect(excluded).toEqual([{ _id: 3, n: 3 }]);
    const noId = await coll
      .find({ n: { $in: [1, 2] } }, { projection: { _id: 0, n: 1 } })
      .sort({ n: 1 })
      .toArray();
    expect(noId).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await coll.countDocuments({ $or: [{ n: { $lt: 2 } }, { 'sub.x': { $gte: 80 } }] })).toBe(4);
    expect(await coll.countDocuments({ $and: [{ n: { $gt: 2 } }, { n: { $nin: [4, 5] } }] })).toBe(5);
    expect(await coll.countDocuments({ $nor: [{ parity: 'odd' }, { n: 0 }] })).toBe(4);
  });

  it('array operators: $elemMatch, $all, $size and element equality', async () => {
    const coll = db().collection<AnyDoc>('arrays');
    await coll.insertMany([
      {
        _id: 1,
        tags: ['a', 'b'],
        items: [
          { k: 'x', q: 1 },
          { k: 'y', q: 5 },
        ],
      },
      { _id: 2, tags: ['b', 'c', 'd'], items: [{ k: 'x', q: 5 }] },
      { _id: 3, tags: [], items: [] },
    ]);
    const ids = async (filter: object) => (await coll.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ tags: 'b' })).toEqual([1, 2]);
    expect(await ids({ tags: ['a', 'b'] })).toEqual([1]);
    expect(await ids({ tags: { $all: ['b', 'c'] } })).toEqual([2]);
    expect(await ids({ tags: { $size: 0 } })).toEqual([3]);
    expect(await ids({ items: { $elemMatch: { k: 'x', q: 5 } } })).toEqual([2]);
    // Without $elemMatch the conditions may be met by different elements.
    expect(await ids({ 'items.k': 'x', 'items.q': 5 })).toEqual([1, 2]);
  });

  it('update: upsert with $setOnInsert, then plain updates report n/nModified', async () => {
    const upsert = {
      q: { _id: 'u1' },
      u: { $set: { a: 1 }, $setOnInsert: { created: true } },
      upsert: true,
    };
    const first = await db().command({ update: 'upd', updates: [upsert] });
    expect(replyBody(first)).toEqual({ n: 1, nModified: 0, upserted: [{ index: 0, _id: 'u1' }], ok: 1 });
    const second = await db().command({ update: 'upd', updates: [upsert] });
    expect(replyBody(second)).toEqual({ n: 1, nModified: 0, ok: 1 });
    const third = await db().command({
      update: 'upd',
      updates: [{ q: { _id: 'u1' }, u: { $set: { a: 2 }, $setOnInsert: { created: false } }, upsert: true }],
    });
    expect(replyBody(third)).toEqual({ n: 1, nModified: 1, ok: 1 });
    expect(await db().collection<AnyDoc>('upd').findOne({ _id: 'u1' })).toEqual({ _id: 'u1', a: 2, created: true });
  });

  it('update: an upsert takes equality fields from the query and generates an ObjectId', async () => {
    const reply = await db().command({
      update: 'upd2',
      updates: [{ q: { k: 'x', n: { $gt: 1 } }, u: { $inc: { c: 1 } }, upsert: true }],
    });
    expect(reply.n).toBe(1);
    expect(reply.upserted[0].index).toBe(0);
    expect(reply.upserted[0]._id).toBeInstanceOf(ObjectId);
    const doc = await db().collection<AnyDoc>('upd2').findOne({});
    expect(doc).toEqual({ _id: reply.upserted[0]._id, k: 'x', c: 1 });
  });

  it('update: multi, arrayFilters and pipeline updates', async () => {
    const coll = db().collection<AnyDoc>('upd3');
    await coll.insertMany([
      { _id: 1, g: 'a', grades: [80, 95, 100], a: 1, b: 2 },
      { _id: 2, g: 'a', grades: [91], a: 10, b: 20 },
      { _id: 3, g: 'b', grades: [], a: 0, b: 0 },
    ]);
    const single = await db().command({ update: 'upd3', updates: [{ q: { g: 'a' }, u: { $inc: { hits: 1 } } }] });
    expect(replyBody(single)).toEqual({ n: 1, nModified: 1, ok: 1 });
    const multi = await db().command({
      update: 'upd3',
      updates: [{ q: { g: 'a' }, u: { $set: { seen: true } }, multi: true }],
    });
    expect(replyBody(multi)).toEqual({ n: 2, nModified: 2, ok: 1 });

    const filtered = await coll.updateMany(
      {},
      { $set: { 'grades.$[high]': 100 } },
      { arrayFilters: [{ high: { $gte: 90 } }] },
    );
    expect(filtered.matchedCount).toBe(3);
    expect(filtered.modifiedCount).toBe(2);
    expect((await coll.findOne({ _id: 1 }))?.grades).toEqual([80, 100, 100]);
    expect((await coll.findOne({ _id: 2 }))?.grades).toEqual([100]);

    const piped = await coll.updateMany({}, [{ $set: { total: { $add: ['$a', '$b'] } } }, { $unset: 'b' }]);
    expect(piped.modifiedCount).toBe(3);
    const totals = await coll
      .find({}, { projection: { total: 1, b: 1 } })
      .sort({ _id: 1 })
      .toArray();
    expect(totals).toEqual([
      { _id: 1, total: 3 },
      { _id: 2, total: 30 },
      { _id: 3, total: 0 },
    ]);
  });

  it('update operators: $push with $each/$sort/$slice, $addToSet, $pull, $rename, $unset, $min, $max, $mul', async () => {
    const coll = db().collection<AnyDoc>('ops');
    await coll.insertOne({ _id: 1, xs: [3, 1], set: ['a'], old: 'v', gone: 1, lo: 5, hi: 5, m: 2 });
    const update: Document = {
      $push: { xs: { $each: [5, 2], $sort: -1, $slice: 3 } },
      $addToSet: { set: { $each: ['a', 'b'] } },
      $rename: { old: 'renamed' },
      $unset: { gone: '' },
      $min: { lo: 3 },
      $max: { hi: 9 },
      $mul: { m: 4 },
    };
    await coll.updateOne({ _id: 1 }, update);
    const second: Document = { $pull: { set: 'a' }, $push: { fresh: { $each: [3, 1, 2], $sort: 1, $slice: 2 } } };
    await coll.updateOne({ _id: 1 }, second);
    expect(await coll.findOne({ _id: 1 })).toEqual({
      _id: 1,
      xs: [5, 3, 2],
      set: ['b'],
      lo: 3,
      hi: 9,
      m: 8,
      renamed: 'v',
      fresh: [1, 2],
    });
  });

  it('positional updates: $, $[] and $pop, $currentDate', async () => {
    const coll = db().collection<AnyDoc>('positional');
    await coll.insertOne({
      _id: 1,
      items: [
        { k: 'x', q: 1 },
        { k: 'y', q: 2 },
      ],
      grades: [1, 2, 3],
      stack: [1, 2, 3],
    });
    await coll.updateOne({ _id: 1, 'items.k': 'y' }, { $set: { 'items.$.q': 20 } });
    await coll.updateOne(
      { _id: 1 },
      { $inc: { 'grades.$[]': 10 }, $pop: { stack: 1 }, $currentDate: { touched: true } },
    );
    const doc = await coll.findOne({ _id: 1 });
    expect(doc?.items).toEqual([
      { k: 'x', q: 1 },
      { k: 'y', q: 20 },
    ]);
    expect(doc?.grades).toEqual([11, 12, 13]);
    expect(doc?.stack).toEqual([1, 2]);
    expect(doc?.touched).toBeInstanceOf(Date);
  });

  it('projection operators: $slice, $elemMatch and positional $', async () => {
    const coll = db().collection<AnyDoc>('proj_ops');
    await coll.insertOne({
      _id: 1,
      xs: [1, 2, 3, 4, 5],
      items: [
        { k: 'a', q: 1 },
        { k: 'b', q: 2 },
        { k: 'c', q: 3 },
      ],
    });
    expect(await coll.findOne({ _id: 1 }, { projection: { xs: { $slice: 2 }, items: 0 } })).toEqual({
      _id: 1,
      xs: [1, 2],
    });
    expect(await coll.findOne({ _id: 1 }, { projection: { xs: { $slice: -2 }, items: 0 } })).toEqual({
      _id: 1,
      xs: [4, 5],
    });
    expect(await coll.findOne({ _id: 1 }, { projection: { items: { $elemMatch: { q: { $gte: 2 } } } } })).toEqual({
      _id: 1,
      items: [{ k: 'b', q: 2 }],
    });
    expect(await coll.findOne({ 'items.k': 'c' }, { projection: { 'items.$': 1 } })).toEqual({
      _id: 1,
      items: [{ k: 'c', q: 3 }],
    });
    await coll.insertOne({ _id: 2, plan: { areas: [{ t: 'läsning' }, { t: 'matematik' }] } });
    expect(await coll.findOne({ 'plan.areas.t': 'matematik' }, { projection: { 'plan.areas.$': 1 } })).toEqual({
      _id: 2,
      plan: { areas: [{ t: 'matematik' }] },
    });
  });

  it('$expr compares fields of the same document', async () => {
    const coll = db().collection<AnyDoc>('expr');
    await coll.insertMany([
      { _id: 1, spent: 10, budget: 5 },
      { _id: 2, spent: 3, budget: 5 },
    ]);
    const over = await coll.find({ $expr: { $gt: ['$spent', '$budget'] } }).toArray();
    expect(over.map((d) => d._id)).toEqual([1]);
  });

  it('bulkWrite reports every kind of count', async () => {
    const coll = db().collection<AnyDoc>('bulk');
    await coll.insertMany([
      { _id: 1, v: 1 },
      { _id: 2, v: 2 },
      { _id: 3, v: 3 },
    ]);
    const res = await coll.bulkWrite([
      { insertOne: { document: { _id: 4, v: 4 } } },
      { updateOne: { filter: { _id: 1 }, update: { $set: { v: 10 } } } },
      { updateMany: { filter: { v: { $gte: 2 } }, update: { $inc: { v: 100 } } } },
      { updateOne: { filter: { _id: 9 }, update: { $set: { v: 9 } }, upsert: true } },
      { replaceOne: { filter: { _id: 2 }, replacement: { w: 'replaced' } } },
      { deleteOne: { filter: { _id: 3 } } },
      { deleteMany: { filter: { v: { $gt: 1000 } } } },
    ]);
    expect(res.insertedCount).toBe(1);
    expect(res.matchedCount).toBe(1 + 4 + 1);
    expect(res.modifiedCount).toBe(1 + 4 + 1);
    expect(res.upsertedCount).toBe(1);
    expect(res.upsertedIds).toEqual({ 3: 9 });
    expect(res.deletedCount).toBe(1);
    expect(await coll.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 1, v: 110 },
      { _id: 2, w: 'replaced' },
      { _id: 4, v: 104 },
      { _id: 9, v: 9 },
    ]);
  });

  it('delete replies with n, honouring limit', async () => {
    await db()
      .collection<AnyDoc>('del')
      .insertMany([{ k: 1 }, { k: 1 }, { k: 1 }, { k: 2 }]);
    const one = await db().command({ delete: 'del', deletes: [{ q: { k: 1 }, limit: 1 }] });
    expect(replyBody(one)).toEqual({ n: 1, ok: 1 });
    const all = await db().command({ delete: 'del', deletes: [{ q: { k: 1 }, limit: 0 }] });
    expect(replyBody(all)).toEqual({ n: 2, ok: 1 });
    expect(await db().collection<AnyDoc>('del').countDocuments()).toBe(1);
  });

  describe('findAndModify', () => {
    it('returns the old or new document with lastErrorObject', async () => {
      await db()
        .collection<AnyDoc>('fam')
        .insertMany([
          { _id: 1, p: 1, n: 0 },
          { _id: 2, p: 3, n: 0 },
          { _id: 3, p: 2, n: 0 },
        ]);
      const old = await db().command({ findAndModify: 'fam', query: {}, sort: { p: -1 }, update: { $inc: { n: 1 } } });
      expect(old.ok).toBe(1);
      expect(old.lastErrorObject).toEqual({ n: 1, updatedExisting: true });
      expect(old.value).toEqual({ _id: 2, p: 3, n: 0 });

      const fresh = await db().command({
        findAndModify: 'fam',
        query: {},
        sort: { p: 1 },
        update: { $inc: { n: 5 } },
        new: true,
        fields: { n: 1 },
      });
      expect(fresh.value).toEqual({ _id: 1, n: 5 });
    });

    it('upserts, reporting the new _id', async () => {
      const inserted = await db().command({
        findAndModify: 'fam_up',
        query: { _id: 'k' },
        update: { $set: { v: 1 }, $setOnInsert: { born: true } },
        upsert: true,
        new: true,
      });
      expect(inserted.lastErrorObject).toEqual({ n: 1, updatedExisting: false, upserted: 'k' });
      expect(inserted.value).toEqual({ _id: 'k', v: 1, born: true });

      const notNew = await db().command({
        findAndModify: 'fam_up',
        query: { _id: 'k2' },
        update: { $set: { v: 1 } },
        upsert: true,
      });
      expect(notNew.lastErrorObject).toEqual({ n: 1, updatedExisting: false, upserted: 'k2' });
      expect(notNew.value).toBeNull();
    });

    it('removes, and reports no match', async () => {
      await db()
        .collection<AnyDoc>('fam_rm')
        .insertMany([
          { _id: 1, p: 1 },
          { _id: 2, p: 2 },
        ]);
      const removed = await db().command({ findAndModify: 'fam_rm', query: {}, sort: { p: -1 }, remove: true });
      expect(removed.lastErrorObject).toEqual({ n: 1 });
      expect(removed.value).toEqual({ _id: 2, p: 2 });
      const none = await db().command({ findAndModify: 'fam_rm', query: { p: 99 }, update: { $set: { x: 1 } } });
      expect(none.lastErrorObject).toEqual({ n: 0, updatedExisting: false });
      expect(none.value).toBeNull();
      expect(await db().collection<AnyDoc>('fam_rm').countDocuments()).toBe(1);
    });

    it('driver helpers: findOneAndUpdate / findOneAndDelete / findOneAndReplace', async () => {
      const coll = db().collection<AnyDoc>('fam_driver');
      await coll.insertOne({ _id: 1, v: 1 });
      expect(await coll.findOneAndUpdate({ _id: 1 }, { $set: { v: 2 } }, { returnDocument: 'after' })).toEqual({
        _id: 1,
        v: 2,
      });
      expect(await coll.findOneAndReplace({ _id: 1 }, { w: 3 })).toEqual({ _id: 1, v: 2 });
      expect(await coll.findOneAndDelete({ _id: 1 })).toEqual({ _id: 1, w: 3 });
      expect(await coll.findOneAndDelete({ _id: 1 })).toBeNull();
    });
  });

  it('regular expressions honour the x option and refuse patterns they cannot read', async () => {
    const coll = server().db.collection<AnyDoc>('patterns');
    await coll.insertMany([
      { _id: 1, s: 'Hello\nWorld' },
      { _id: 2, s: 'help' },
    ]);
    const extended = await coll.find({ s: { $regex: 'h e l l o  # the greeting\n', $options: 'ix' } }).toArray();
    expect(extended.map((d) => d._id)).toEqual([1]);
    const dotAll = await coll.find({ s: { $regex: 'hello.world', $options: 'is' } }).toArray();
    expect(dotAll.map((d) => d._id)).toEqual([1]);
    const invalid = await serverError(() => coll.find({ s: { $regex: 'a(' } }).toArray());
    expect(invalid.code).toBe(51091);
  });

  describe('refusals', () => {
    it('an unknown query operator is an error naming it', async () => {
      const err = await serverError(() =>
        db()
          .collection<AnyDoc>('find')
          .find({ n: { $frobnicate: 1 } })
          .toArray(),
      );
      expect(err.code).toBe(2);
      expect(err.message).toContain('$frobnicate');
      const top = await serverError(() => db().collection<AnyDoc>('find').find({ $frobnicate: [] }).toArray());
      expect(top.message).toContain('$frobnicate');
    });

    it('an unknown update operator is an error naming it', async () => {
      await db().collection<AnyDoc>('bad_upd').insertOne({ _id: 1 });
      const err = await serverError(() =>
        db()
          .collection<AnyDoc>('bad_upd')
          .updateOne({ _id: 1 }, { $frob: { a: 1 } } as never),
      );
      expect(err.message).toContain('$frob');
    });

    // A stock mongod runs server-side JavaScript unless javascriptEnabled is false; Lyfta's
    // embedded server never runs it, so these refusals are checked against it only.
    describe.skipIf(externalServer)('server-side JavaScript (embedded only)', () => {
      it('$where is refused', async () => {
        await db().collection<AnyDoc>('js').insertOne({ a: 1 });
        const err = await anyError(() => db().collection<AnyDoc>('js').find({ $where: 'this.a == 1' }).toArray());
        expect(err.message).toContain('$where');
      });

      it('$function is refused', async () => {
        const err = await anyError(() =>
          db()
            .collection<AnyDoc>('js')
            .aggregate([{ $project: { x: { $function: { body: 'function() { return 1 }', args: [], lang: 'js' } } } }])
            .toArray(),
        );
        expect(err.message).toContain('$function');
      });

      it('$accumulator is refused', async () => {
        const err = await anyError(() =>
          db()
            .collection<AnyDoc>('js')
            .aggregate([
              {
                $group: {
                  _id: null,
                  x: {
                    $accumulator: {
                      init: 'function() { return 0 }',
                      accumulate: 'function(s) { return s }',
                      accumulateArgs: [],
                      merge: 'function(a) { return a }',
                      lang: 'js',
                    },
                  },
                },
              },
            ])
            .toArray(),
        );
        expect(err.message).toContain('$accumulator');
      });
    });
  });
});
