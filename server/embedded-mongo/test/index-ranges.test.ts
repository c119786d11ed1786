import { beforeAll, describe, expect, it } from 'vitest';
import { EJSON } from 'bson';
import {
  Decimal128,
  Double,
  Int32,
  Long,
  MaxKey,
  MinKey,
  ObjectId,
  type Collection,
  type Document,
  type Filter,
  type Sort,
  type UpdateFilter,
} from 'mongodb';
import { serverError, useServer, type AnyDoc } from './harness.js';

/** A value of one of many BSON types, by position (numbers of four types, strings, null, missing, dates, ...). */
function mixedValue(i: number): unknown {
  const k = i % 13;
  const m = i % 50;
  switch (k) {
    case 0:
      return new Int32(m);
    case 1:
      return new Double(m + 0.5);
    case 2:
      return Long.fromNumber(m);
    case 3:
      return Decimal128.fromString(`${m}.25`);
    case 4:
      return `s${i % 40}`;
    case 5:
      return null;
    case 6:
      return undefined; // missing
    case 7:
      return new Date(Date.UTC(2020, 0, 1) + m * 86_400_000);
    case 8:
      return i % 2 === 0;
    case 9:
      return new ObjectId((i * 7919).toString(16).padStart(24, '0'));
    case 10:
      return { x: i % 5 };
    case 11:
      return new Double(-m);
    default:
      return `S${i % 17}`;
  }
}

/** The same documents for the indexed and the plain collection. */
function makeDocs(count: number): AnyDoc[] {
  return Array.from({ length: count }, (_, i) => {
    const doc: AnyDoc = { _id: i, school: i % 7, n: i % 3 === 0 ? new Int32((i * 7919) % 1000) : (i * 7919) % 1000 };
    const v = mixedValue(i);
    if (v !== undefined) doc.v = v;
    if (i % 4 !== 3) doc.tags = i % 4 === 0 ? ['a', `t${i % 6}`] : i % 4 === 1 ? [] : `t${i % 5}`;
    doc.items = [{ k: i % 9 }, { k: (i * 5) % 9 }];
    if (i % 3 === 0) doc.opt = i % 11;
    doc.p = i % 20;
    return doc;
  });
}

/** A canonical text for a value, equal for values MongoDB considers equal (numbers across types). */
function token(v: unknown): string {
  if (typeof v === 'number') return `n:${v === 0 ? 0 : v}`;
  if (v instanceof Decimal128) return `n:${Number(v.toString())}`;
  if (v instanceof Long) return `n:${v.toNumber()}`;
  if (v === undefined || v === null) return 'null';
  return EJSON.stringify(v as Document, { relaxed: false });
}

/** The value a document sorts by: for a non-empty array of strings its least (ascending) or greatest element. */
function sortValue(v: unknown, dir: number): unknown {
  if (!Array.isArray(v) || v.length === 0 || !v.every((e) => typeof e === 'string')) return v;
  return [...(v as string[])].sort()[dir > 0 ? 0 : v.length - 1];
}

function field(doc: Document, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, p) => (cur as Document | undefined)?.[p], doc);
}

/** The first stage named `stage` anywhere in an explain plan tree. */
function findStage(plan: unknown, stage: string): Document | undefined {
  if (plan === null || typeof plan !== 'object') return undefined;
  if ((plan as Document).stage === stage) return plan as Document;
  for (const v of Object.values(plan as Document)) {
    const found = findStage(v, stage);
    if (found) return found;
  }
  return undefined;
}

describe('queries through indexes answer like a collection without them', () => {
  const server = useServer('idxrange');
  const indexed = (): Collection<AnyDoc> => server().db.collection<AnyDoc>('indexed');
  const plain = (): Collection<AnyDoc> => server().db.collection<AnyDoc>('plain');

  beforeAll(async () => {
    const docs = makeDocs(1_500);
    await indexed().createIndex({ v: 1 });
    await indexed().createIndex({ n: 1 });
    await indexed().createIndex({ school: 1, n: -1 });
    await indexed().createIndex({ tags: 1 });
    await indexed().createIndex({ 'items.k': 1 });
    await indexed().createIndex({ opt: 1 }, { sparse: true });
    await indexed().createIndex({ p: 1 }, { partialFilterExpression: { p: { $gt: 10 } } });
    // Half before the indexes exist, half after: both the bulk build and single inserts feed them.
    await indexed().insertMany(docs.slice(0, 700));
    await plain().insertMany(docs.slice(0, 700));
    await indexed().createIndex({ v: -1, _id: 1 });
    await indexed().insertMany(docs.slice(700));
    await plain().insertMany(docs.slice(700));
  });

  /** Same documents (as a set) for a filter. */
  async function expectSameMatches(filter: Filter<AnyDoc>): Promise<void> {
    const ids = async (c: Collection<AnyDoc>) =>
      (await c.find(filter).toArray()).map((d) => d._id as number).sort((a, b) => a - b);
    const want = await ids(plain());
    expect(await ids(indexed()), EJSON.stringify(filter)).toEqual(want);
    expect(await indexed().countDocuments(filter)).toBe(want.length);
  }

  /** Same sort keys in the same order; without a limit also the same documents. */
  async function expectSameSorted(filter: Filter<AnyDoc>, sort: Sort, limit = 0): Promise<void> {
    const paths = Object.entries(sort as Document) as [string, number][];
    const run = (c: Collection<AnyDoc>) => c.find(filter).sort(sort).limit(limit).toArray();
    const [got, want] = [await run(indexed()), await run(plain())];
    const keys = (docs: Document[]) =>
      docs.map((d) => paths.map(([p, dir]) => token(sortValue(field(d, p), dir))).join(' '));
    const label = `${EJSON.stringify(filter)} sort ${JSON.stringify(sort)} limit ${limit}`;
    expect(keys(got), label).toEqual(keys(want));
    if (limit === 0) expect(got.map((d) => d._id).sort(), label).toEqual(want.map((d) => d._id).sort());
  }

  const mixedRanges: Filter<AnyDoc>[] = [
    { v: { $gt: 10 } },
    { v: { $gte: new Int32(5), $lt: new Double(20.5) } },
    { v: { $gte: Long.fromNumber(3), $lte: Decimal128.fromString('7.25') } },
    { v: { $lt: -10 } },
    { v: { $lt: 's2' } },
    { v: { $gte: 's1', $lte: 's3' } },
    { v: { $gt: 'S', $lt: 's' } },
    { v: { $gt: new Date(Date.UTC(2020, 0, 20)) } },
    { v: { $lte: new Date(Date.UTC(2020, 0, 5)) } },
    { v: { $gt: 5, $lt: 'z' } },
    { v: { $gte: 10, $ne: 12 } },
    { v: { $gt: { x: 2 } } },
    { v: { $gte: false } },
    { v: { $gt: new ObjectId('000000000000000000010000') } },
    { v: { $gte: new MinKey() } },
    { v: { $lt: new MaxKey() } },
    { v: { $gte: null } },
    { v: 7 },
    { v: new Double(7) },
    { v: { $eq: 's5' } },
    { v: { $in: [new Int32(3), new Double(3), Long.fromNumber(4), 's7', true] } },
    { v: { $in: [1, 2.5, null] } },
    { v: { $in: [] } },
    { v: { $exists: false } },
    { v: { $gt: 10 }, school: 3 },
    { $and: [{ v: { $gt: 10 } }, { v: { $lt: 20 } }] },
  ];

  it('range, equality and $in on a field holding many BSON types', async () => {
    for (const f of mixedRanges) await expectSameMatches(f);
  });

  it('sort with and without limit, in both directions, through a single-field index', async () => {
    for (const f of [{}, ...mixedRanges]) {
      for (const dir of [1, -1] as const) {
        await expectSameSorted(f, { v: dir });
        await expectSameSorted(f, { v: dir }, 7);
        await expectSameSorted(f, { n: dir }, 25);
      }
    }
    for (const lo of [0, 137, 500, 990]) {
      await expectSameSorted({ n: { $gte: lo, $lt: lo + 10 } }, { n: 1 }, 100);
      await expectSameSorted({ n: { $gt: lo } }, { n: -1 }, 5);
      await expectSameSorted({ n: { $gt: lo }, school: { $ne: 2 } }, { v: 1 }, 5);
    }
  });

  it('compound index: equality on the prefix, then a range and sort on the next field', async () => {
    const filters: Filter<AnyDoc>[] = [
      { school: 3 },
      { school: 3, n: { $gt: 500 } },
      { school: 3, n: { $gte: 100, $lt: 200 } },
      { school: { $in: [1, 4] }, n: { $lte: 300 } },
      { school: 2, n: 123 },
      { school: new Double(5), n: { $lt: Long.fromNumber(400) } },
      { n: { $gt: 900 } },
    ];
    for (const f of filters) {
      await expectSameMatches(f);
      for (const sort of [
        { n: -1 },
        { n: 1 },
        { school: 1, n: -1 },
        { school: -1, n: 1 },
        { school: 1, n: 1 },
      ] as Sort[]) {
        await expectSameSorted(f, sort);
        await expectSameSorted(f, sort, 5);
      }
    }
  });

  it('multikey indexes: arrays, empty arrays, paths through arrays of documents', async () => {
    const filters: Filter<AnyDoc>[] = [
      { tags: 'a' },
      { tags: 't3' },
      { tags: { $gte: 't1', $lt: 't3' } },
      { tags: { $gt: 'a' } },
      { tags: { $in: ['a', 't4', 'zz'] } },
      { tags: { $gt: 1, $lt: 'z' } },
      { tags: [] },
      { tags: { $size: 0 } },
      { 'items.k': 4 },
      { 'items.k': { $gte: 7 } },
      // Each bound may be met by a different element: [{k: 1}, {k: 5}] matches.
      { 'items.k': { $gt: 2, $lt: 4 } },
      { 'items.k': { $gt: 6, $lt: 2 } },
      { items: { $elemMatch: { k: { $gt: 2, $lt: 4 } } } },
    ];
    for (const f of filters) {
      await expectSameMatches(f);
      await expectSameSorted(f, { tags: 1, _id: 1 });
      await expectSameSorted(f, { 'items.k': -1, _id: 1 }, 9);
    }
    // A multikey index cannot give the order of its field: each document has several keys.
    for (const f of [{ tags: { $gt: 'a' } }, { tags: { $gte: 't2' } }]) {
      for (const dir of [1, -1] as const) {
        await expectSameSorted(f, { tags: dir });
        await expectSameSorted(f, { tags: dir }, 6);
      }
    }
  });

  it('sparse and partial indexes never drop documents they do not hold', async () => {
    for (const f of [{}, { opt: { $gte: 0 } }, { opt: { $gt: 4 } }, { opt: null }, { p: { $gte: 5 } }, { p: 3 }]) {
      await expectSameMatches(f);
      await expectSameSorted(f, { opt: 1 });
      await expectSameSorted(f, { opt: -1 }, 10);
      await expectSameSorted(f, { p: 1 }, 10);
    }
  });

  it('answers stay right after updates that move indexed values and after deletes', async () => {
    for (const c of [indexed(), plain()]) {
      await c.updateMany({ n: { $lt: 100 } }, { $inc: { n: 1000 } });
      await c.updateMany({ school: 3, v: { $type: 'number' } }, { $set: { v: 'changed' } });
      await c.updateMany({ p: { $gt: 15 } }, { $set: { p: 1 } });
      await c.updateMany({ tags: 'a' }, { $push: { tags: 'b' } } as Document as UpdateFilter<AnyDoc>);
      await c.updateMany({ 'items.k': 8 }, { $set: { 'items.$[].k': 0 } });
      await c.deleteMany({ v: { $gte: 10, $lt: 30 } });
      await c.deleteMany({ n: { $gte: 900, $lt: 1000 } });
      await c.replaceOne({ _id: 5 }, { school: 3, n: 1, v: 1, tags: ['zz'] });
      await c.insertOne({ _id: 5_000, school: 3, n: 1, v: new Int32(1) });
    }
    for (const f of [...mixedRanges, { n: { $gte: 1000 } }, { school: 3, n: { $lt: 50 } }, { tags: 'b' }]) {
      await expectSameMatches(f);
      await expectSameSorted(f, { v: -1 }, 12);
      await expectSameSorted(f, { n: 1 });
    }
    await expectSameMatches({ 'items.k': { $lte: 1 } });
    await expectSameSorted({ school: 3 }, { n: -1 }, 20);
    await expectSameSorted({ p: { $lte: 2 } }, { p: 1 });
  });

  it('explain names the index a range query uses, and a collection scan without one', async () => {
    const explain = (coll: string, filter: Document) =>
      server().db.command({ explain: { find: coll, filter }, verbosity: 'queryPlanner' });
    const ranged = await explain('indexed', { n: { $gte: 10, $lt: 20 } });
    expect(findStage(ranged.queryPlanner.winningPlan, 'IXSCAN')).toMatchObject({ indexName: 'n_1' });
    const compound = await explain('indexed', { school: 2, n: { $gt: 5 } });
    expect(findStage(compound.queryPlanner.winningPlan, 'IXSCAN')).toMatchObject({ indexName: 'school_1_n_-1' });
    const scan = await explain('plain', { n: { $gte: 10, $lt: 20 } });
    expect(findStage(scan.queryPlanner.winningPlan, 'COLLSCAN')).toBeDefined();
    expect(findStage(scan.queryPlanner.winningPlan, 'IXSCAN')).toBeUndefined();
    const partial = await explain('indexed', { p: { $gte: 5 } });
    expect(findStage(partial.queryPlanner.winningPlan, 'IXSCAN')).toBeUndefined();
  });

  it('explain shows a sort the index answers without a SORT stage, and an in-memory sort with one', async () => {
    const explain = (coll: string) =>
      server().db.command({
        explain: { find: coll, filter: { n: { $gte: 10 } }, sort: { n: -1 }, limit: 5 },
        verbosity: 'queryPlanner',
      });
    const byIndex = (await explain('indexed')).queryPlanner.winningPlan;
    expect(findStage(byIndex, 'IXSCAN')).toMatchObject({ indexName: 'n_1', direction: 'backward' });
    expect(findStage(byIndex, 'SORT')).toBeUndefined();
    const inMemory = (await explain('plain')).queryPlanner.winningPlan;
    expect(findStage(inMemory, 'SORT')).toMatchObject({ sortPattern: { n: -1 } });
    expect(findStage(inMemory, 'COLLSCAN')).toBeDefined();
  });
});

describe('equality with null on _id', () => {
  const server = useServer('idnull');

  it('finds only the document whose _id is null, by _id, and joins no document for an empty array', async () => {
    // Untyped: the driver's types do not allow a null _id, which MongoDB itself does.
    const coll = server().db.collection<{ _id: null | number | string; n?: number | null }>('ids');
    // The insert command itself: the driver's insertMany would give a null _id an ObjectId.
    await server().db.command({
      insert: 'ids',
      documents: [{ _id: null, n: 0 }, { _id: 1, n: 1 }, { _id: 'x', n: 2 }, { _id: 3 }],
    });
    expect(await coll.find({ _id: null }).toArray()).toEqual([{ _id: null, n: 0 }]);
    expect(await coll.find({ _id: { $in: [null, 1] } }).toArray()).toEqual([
      { _id: null, n: 0 },
      { _id: 1, n: 1 },
    ]);
    const explained = await server().db.command({
      explain: { find: 'ids', filter: { _id: { $in: [null, 1] } } },
      verbosity: 'queryPlanner',
    });
    expect(findStage(explained.queryPlanner.winningPlan, 'COLLSCAN')).toBeUndefined();
    // A field missing in one document does not make `{n: null}` an _id lookup: it still finds it.
    expect(await coll.find({ n: null }).toArray()).toEqual([{ _id: 3 }]);

    const local = server().db.collection<AnyDoc>('local');
    await local.insertMany([{ _id: 'a', refs: [] }, { _id: 'b', refs: [1, 'x'] }, { _id: 'c' }] as AnyDoc[]);
    const joined = await local
      .aggregate([{ $lookup: { from: 'ids', localField: 'refs', foreignField: '_id', as: 'found' } }])
      .toArray();
    // An empty array and a missing field both look for null, as mongod does: the null _id matches.
    expect(joined.map((d) => [d._id, (d.found as AnyDoc[]).map((f) => f._id)])).toEqual([
      ['a', [null]],
      ['b', [1, 'x']],
      ['c', [null]],
    ]);
  });
});

describe('bulkWrite upserts on a compound unique key', () => {
  const server = useServer('idxupsert');

  it('inserts new keys, updates existing ones and still refuses duplicates', async () => {
    const coll = server().db.collection<AnyDoc>('measurements');
    await coll.createIndex({ indicator: 1, org: 1, kind: 1, year: 1 }, { unique: true });
    await coll.createIndex({ indicator: 1, year: 1, kind: 1 });
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      indicator: new ObjectId((1 + Math.floor(i / 600)).toString(16).padStart(24, '0')),
      org: String(1_000 + (Math.floor(i / 20) % 30)),
      kind: ['all', 'municipal'][Math.floor(i / 10) % 2],
      year: 2015 + (i % 10),
    }));
    const upserts = (value: number) =>
      rows.map((key) => ({ updateOne: { filter: key, update: { $set: { value } }, upsert: true } }));

    const first = await coll.bulkWrite(upserts(1), { ordered: false });
    expect(first.upsertedCount).toBe(3_000);
    const second = await coll.bulkWrite(upserts(2), { ordered: false });
    expect([second.upsertedCount, second.matchedCount, second.modifiedCount]).toEqual([0, 3_000, 3_000]);
    expect(await coll.countDocuments()).toBe(3_000);
    expect(await coll.countDocuments({ value: 2 })).toBe(3_000);
    expect(await coll.countDocuments({ indicator: rows[700]!.indicator, year: 2016, kind: 'all' })).toBe(
      rows.filter((r) => r.indicator.equals(rows[700]!.indicator) && r.year === 2016 && r.kind === 'all').length,
    );

    const err = await serverError(() => coll.insertOne({ ...rows[42]!, value: 3 }));
    expect(err.code).toBe(11000);
    expect(err.keyPattern).toEqual({ indicator: 1, org: 1, kind: 1, year: 1 });
    // Moving one key onto another's is refused too; moving it to a free key is not.
    const clash = await serverError(() => coll.updateOne(rows[0]!, { $set: { year: rows[1]!.year } }));
    expect(clash.code).toBe(11000);
    await coll.updateOne(rows[0]!, { $set: { year: 1999 } });
    expect(await coll.countDocuments({ ...rows[0]!, year: 1999 })).toBe(1);
  });
});
