import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal128, Double, Int32, Long, type ClientSession } from 'mongodb';
import { serverError, useServer, type AnyDoc } from './harness.js';

const SALES = [
  { _id: 1, item: 'pen', qty: 10, price: 2, tags: ['office', 'school'], region: 'north' },
  { _id: 2, item: 'pen', qty: 5, price: 3, tags: ['office'], region: 'south' },
  { _id: 3, item: 'book', qty: 2, price: 20, tags: ['school'], region: 'north' },
  { _id: 4, item: 'book', qty: 1, price: 25, tags: [], region: 'north' },
  { _id: 5, item: 'lamp', qty: 3, price: 40, region: 'south' },
];

describe('aggregation', () => {
  const server = useServer('agg');
  const sales = () => server().db.collection<AnyDoc>('sales');

  beforeAll(async () => {
    await server().db.collection<AnyDoc>('sales').insertMany(SALES);
    await server()
      .db.collection<AnyDoc>('items')
      .insertMany([
        { _id: 'pen', label: 'Pen', minQty: 6 },
        { _id: 'book', label: 'Book', minQty: 2 },
      ]);
  });

  it('$match, $group with accumulators, $sort', async () => {
    const out = await sales()
      .aggregate([
        { $match: { qty: { $gte: 1 } } },
        { $sort: { _id: 1 } },
        {
          $group: {
            _id: '$item',
            total: { $sum: '$qty' },
            count: { $sum: 1 },
            avgPrice: { $avg: '$price' },
            minQty: { $min: '$qty' },
            maxQty: { $max: '$qty' },
            ids: { $push: '$_id' },
            regions: { $addToSet: '$region' },
            firstId: { $first: '$_id' },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    for (const group of out) group.regions.sort();
    expect(out).toEqual([
      {
        _id: 'book',
        total: 3,
        count: 2,
        avgPrice: 22.5,
        minQty: 1,
        maxQty: 2,
        ids: [3, 4],
        regions: ['north'],
        firstId: 3,
      },
      { _id: 'lamp', total: 3, count: 1, avgPrice: 40, minQty: 3, maxQty: 3, ids: [5], regions: ['south'], firstId: 5 },
      {
        _id: 'pen',
        total: 15,
        count: 2,
        avgPrice: 2.5,
        minQty: 5,
        maxQty: 10,
        ids: [1, 2],
        regions: ['north', 'south'],
        firstId: 1,
      },
    ]);
  });

  it('$group by null and by a compound key', async () => {
    const all = await sales()
      .aggregate([{ $group: { _id: null, revenue: { $sum: { $multiply: ['$qty', '$price'] } } } }])
      .toArray();
    expect(all).toEqual([{ _id: null, revenue: 20 + 15 + 40 + 25 + 120 }]);
    const compound = await sales()
      .aggregate([
        { $group: { _id: { item: '$item', region: '$region' }, n: { $sum: 1 } } },
        { $sort: { n: -1, '_id.item': 1, '_id.region': 1 } },
      ])
      .toArray();
    expect(compound[0]).toEqual({ _id: { item: 'book', region: 'north' }, n: 2 });
    expect(compound).toHaveLength(4);
  });

  it('$project with expressions, inclusion and exclusion', async () => {
    const out = await sales()
      .aggregate([
        { $match: { _id: { $in: [1, 5] } } },
        { $sort: { _id: 1 } },
        {
          $project: {
            _id: 0,
            item: 1,
            revenue: { $multiply: ['$qty', '$price'] },
            label: { $concat: [{ $toUpper: '$item' }, '-', '$region'] },
            tagCount: { $size: { $ifNull: ['$tags', []] } },
            expensive: { $cond: [{ $gte: ['$price', 10] }, 'yes', 'no'] },
          },
        },
      ])
      .toArray();
    expect(out).toEqual([
      { item: 'pen', revenue: 20, label: 'PEN-north', tagCount: 2, expensive: 'no' },
      { item: 'lamp', revenue: 120, label: 'LAMP-south', tagCount: 0, expensive: 'yes' },
    ]);
    const excluded = await sales()
      .aggregate([{ $match: { _id: 3 } }, { $project: { tags: 0, region: 0 } }])
      .toArray();
    expect(excluded).toEqual([{ _id: 3, item: 'book', qty: 2, price: 20 }]);
  });

  it('$project leaving out top-level fields keeps the others in order with their BSON types, also inside $lookup', async () => {
    const typed = server().db.collection<AnyDoc>('typed');
    await typed.insertOne({
      _id: 'a',
      secret: 'x',
      count: new Long(5),
      price: new Decimal128('1.50'),
      at: new Date('2026-01-02T03:04:05Z'),
      nested: { secret: 'kept', n: new Int32(2) },
      tail: 1,
    });
    const expected = {
      _id: 'a',
      count: new Long(5),
      price: new Decimal128('1.50'),
      at: new Date('2026-01-02T03:04:05Z'),
      nested: { secret: 'kept', n: new Int32(2) },
      tail: new Int32(1),
    };
    const raw = { promoteValues: false } as const;
    const alone = await typed.aggregate([{ $project: { secret: 0 } }], raw).toArray();
    expect(alone).toEqual([expected]);
    expect(Object.keys(alone[0]!)).toEqual(['_id', 'count', 'price', 'at', 'nested', 'tail']);
    // Numeric zeros of every kind and false leave a field out alike; a dotted path leaves out only the nested field.
    for (const zero of [0, false, new Int32(0), new Long(0), new Double(0)]) {
      expect(await typed.aggregate([{ $project: { secret: zero, tail: zero } }]).toArray()).toEqual([
        { _id: 'a', count: 5, price: new Decimal128('1.50'), at: expected.at, nested: { secret: 'kept', n: 2 } },
      ]);
    }
    expect(await typed.aggregate([{ $project: { 'nested.secret': 0, secret: 0 } }], raw).toArray()).toEqual([
      { ...expected, nested: { n: new Int32(2) } },
    ]);
    const joined = await sales()
      .aggregate(
        [
          { $match: { _id: 1 } },
          { $set: { ref: 'a' } },
          {
            $lookup: {
              from: 'typed',
              localField: 'ref',
              foreignField: '_id',
              pipeline: [{ $project: { secret: 0 } }],
              as: 'typed',
            },
          },
          { $project: { typed: 1 } },
        ],
        raw,
      )
      .toArray();
    expect(joined).toEqual([{ _id: new Int32(1), typed: [expected] }]);
  });

  it('$unwind, with preserveNullAndEmptyArrays and includeArrayIndex', async () => {
    const plain = await sales()
      .aggregate([{ $unwind: '$tags' }, { $sort: { _id: 1, tags: 1 } }, { $project: { tags: 1 } }])
      .toArray();
    expect(plain).toEqual([
      { _id: 1, tags: 'office' },
      { _id: 1, tags: 'school' },
      { _id: 2, tags: 'office' },
      { _id: 3, tags: 'school' },
    ]);
    const kept = await sales()
      .aggregate([
        { $unwind: { path: '$tags', preserveNullAndEmptyArrays: true, includeArrayIndex: 'i' } },
        { $match: { _id: { $in: [1, 4, 5] } } },
        { $sort: { _id: 1, i: 1 } },
        { $project: { tags: 1, i: 1 } },
      ])
      .toArray();
    expect(kept).toEqual([
      { _id: 1, tags: 'office', i: 0 },
      { _id: 1, tags: 'school', i: 1 },
      { _id: 4, i: null },
      { _id: 5, i: null },
    ]);
  });

  it('$lookup with localField/foreignField and with let + pipeline', async () => {
    const joined = await sales()
      .aggregate([
        { $match: { _id: { $in: [1, 5] } } },
        { $sort: { _id: 1 } },
        { $lookup: { from: 'items', localField: 'item', foreignField: '_id', as: 'info' } },
        { $project: { item: 1, info: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { _id: 1, item: 'pen', info: [{ _id: 'pen', label: 'Pen', minQty: 6 }] },
      { _id: 5, item: 'lamp', info: [] },
    ]);

    const piped = await sales()
      .aggregate([
        { $sort: { _id: 1 } },
        {
          $lookup: {
            from: 'items',
            let: { it: '$item', q: '$qty' },
            pipeline: [
              { $match: { $expr: { $and: [{ $eq: ['$_id', '$$it'] }, { $lte: ['$minQty', '$$q'] }] } } },
              { $project: { _id: 0, label: 1 } },
            ],
            as: 'ok',
          },
        },
        { $project: { ok: 1 } },
      ])
      .toArray();
    expect(piped).toEqual([
      { _id: 1, ok: [{ label: 'Pen' }] },
      { _id: 2, ok: [] },
      { _id: 3, ok: [{ label: 'Book' }] },
      { _id: 4, ok: [] },
      { _id: 5, ok: [] },
    ]);
  });

  it('$lookup on an indexed foreignField answers as on one without an index (values, arrays, missing, numbers, transactions)', async () => {
    const db = server().db;
    const children = [
      { _id: 'c1', parent: 'p1', n: 1 },
      { _id: 'c2', parent: 'p2', n: 2 },
      { _id: 'c3', parent: ['p1', 'p3'], n: 3 },
      { _id: 'c4', n: 4 },
      { _id: 'c5', parent: null, n: 5 },
      { _id: 'c6', parent: 7, n: 6 },
      { _id: 'c7', parent: 'p1', n: 7 },
    ];
    await db.collection<AnyDoc>('kids_plain').insertMany(children);
    await db.collection<AnyDoc>('kids_indexed').insertMany(children);
    await db.collection<AnyDoc>('kids_indexed').createIndex({ parent: 1 });
    const parents = db.collection<AnyDoc>('parents');
    await parents.insertMany([
      { _id: 1, key: 'p1' },
      { _id: 2, key: ['p2', 'p3'] },
      { _id: 3 },
      { _id: 4, key: 7.0 },
      { _id: 5, key: 'none' },
    ]);
    const join = (from: string, session?: ClientSession) =>
      parents
        .aggregate(
          [
            { $sort: { _id: 1 } },
            {
              $lookup: { from, localField: 'key', foreignField: 'parent', as: 'kids', pipeline: [{ $sort: { n: 1 } }] },
            },
            { $project: { kids: '$kids._id' } },
          ],
          { session },
        )
        .toArray();
    const expected = [
      { _id: 1, kids: ['c1', 'c3', 'c7'] },
      { _id: 2, kids: ['c2', 'c3'] },
      { _id: 3, kids: ['c4', 'c5'] },
      { _id: 4, kids: ['c6'] },
      { _id: 5, kids: [] },
    ];
    expect(await join('kids_plain')).toEqual(expected);
    expect(await join('kids_indexed')).toEqual(expected);
    // By _id, and seeing a transaction's own writes.
    const byId = await parents
      .aggregate([
        { $match: { _id: 1 } },
        { $lookup: { from: 'kids_indexed', localField: 'key', foreignField: '_id', as: 'self' } },
      ])
      .toArray();
    expect(byId[0]!.self).toEqual([]);
    const session = server().client.startSession();
    try {
      session.startTransaction({ readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } });
      await db.collection<AnyDoc>('kids_indexed').insertOne({ _id: 'c8', parent: 'p2', n: 8 }, { session });
      await db.collection<AnyDoc>('kids_indexed').deleteOne({ _id: 'c7' }, { session });
      const inside = await join('kids_indexed', session);
      expect(inside.slice(0, 2)).toEqual([
        { _id: 1, kids: ['c1', 'c3'] },
        { _id: 2, kids: ['c2', 'c3', 'c8'] },
      ]);
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect(await join('kids_indexed')).toEqual(expected);
  });

  it('$facet and $count', async () => {
    const [facets] = await sales()
      .aggregate([
        {
          $facet: {
            byRegion: [{ $group: { _id: '$region', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
            cheap: [{ $match: { price: { $lt: 10 } } }, { $count: 'n' }],
            top: [{ $sort: { price: -1 } }, { $limit: 1 }, { $project: { item: 1 } }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({
      byRegion: [
        { _id: 'north', n: 3 },
        { _id: 'south', n: 2 },
      ],
      cheap: [{ n: 2 }],
      top: [{ _id: 5, item: 'lamp' }],
    });
    expect(
      await sales()
        .aggregate([{ $match: { region: 'north' } }, { $count: 'northern' }])
        .toArray(),
    ).toEqual([{ northern: 3 }]);
    // $count over nothing yields no document at all.
    expect(
      await sales()
        .aggregate([{ $match: { region: 'west' } }, { $count: 'n' }])
        .toArray(),
    ).toEqual([]);
  });

  it('$skip, $limit, $addFields/$set, $unset, $replaceRoot, $sortByCount', async () => {
    const out = await sales()
      .aggregate([
        { $sort: { _id: 1 } },
        { $skip: 1 },
        { $limit: 2 },
        { $addFields: { revenue: { $multiply: ['$qty', '$price'] } } },
        { $set: { meta: { id: '$_id', revenue: '$revenue' } } },
        { $replaceRoot: { newRoot: '$meta' } },
        { $unset: 'id' },
      ])
      .toArray();
    expect(out).toEqual([{ revenue: 15 }, { revenue: 40 }]);
    const counted = await sales()
      .aggregate([{ $sortByCount: '$region' }])
      .toArray();
    expect(counted).toEqual([
      { _id: 'north', count: 3 },
      { _id: 'south', count: 2 },
    ]);
  });

  it('$out writes a real collection readable by find', async () => {
    const { db } = server();
    const cursor = sales().aggregate([{ $group: { _id: '$item', qty: { $sum: '$qty' } } }, { $out: 'agg_out' }]);
    expect(await cursor.toArray()).toEqual([]);
    expect(await db.collection<AnyDoc>('agg_out').find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'book', qty: 3 },
      { _id: 'lamp', qty: 3 },
      { _id: 'pen', qty: 15 },
    ]);
    // $out replaces the whole target.
    await sales()
      .aggregate([{ $match: { item: 'lamp' } }, { $project: { qty: 1 } }, { $out: 'agg_out' }])
      .toArray();
    expect(await db.collection<AnyDoc>('agg_out').find().toArray()).toEqual([{ _id: 5, qty: 3 }]);
  });

  it('$merge writes into a real collection, merging matched documents', async () => {
    const { db } = server();
    await db.collection<AnyDoc>('agg_merge').insertMany([
      { _id: 'pen', qty: 0, keep: true },
      { _id: 'globe', qty: 7 },
    ]);
    await sales()
      .aggregate([
        { $group: { _id: '$item', qty: { $sum: '$qty' } } },
        { $merge: { into: 'agg_merge', on: '_id', whenMatched: 'merge', whenNotMatched: 'insert' } },
      ])
      .toArray();
    expect(await db.collection<AnyDoc>('agg_merge').find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'book', qty: 3 },
      { _id: 'globe', qty: 7 },
      { _id: 'lamp', qty: 3 },
      { _id: 'pen', qty: 15, keep: true },
    ]);
  });

  it('aggregate replies with a cursor, and count via $group like countDocuments', async () => {
    const reply = await server().db.command({
      aggregate: 'sales',
      pipeline: [{ $match: {} }],
      cursor: { batchSize: 2 },
    });
    expect(reply.ok).toBe(1);
    expect(reply.cursor.firstBatch).toHaveLength(2);
    expect(reply.cursor.ns).toBe(`${server().dbName}.sales`);
    expect(await sales().countDocuments({ region: 'south' })).toBe(2);
  });

  it('an unknown stage is an error naming it', async () => {
    const err = await serverError(() =>
      sales()
        .aggregate([{ $frobnicate: {} }])
        .toArray(),
    );
    expect(err.code).toBe(40324);
    expect(err.message).toContain('$frobnicate');
  });

  it('an unknown expression operator is an error naming it', async () => {
    const err = await serverError(() =>
      sales()
        .aggregate([{ $project: { x: { $frobnicate: 1 } } }])
        .toArray(),
    );
    expect(err.message).toContain('$frobnicate');
  });

  it('$top and $bottom give one output per group; $topN gives a list', async () => {
    const out = await sales()
      .aggregate([
        {
          $group: {
            _id: '$item',
            top: { $top: { output: '$qty', sortBy: { qty: -1, _id: 1 } } },
            bottom: { $bottom: { output: ['$qty', '$_id'], sortBy: { qty: -1, _id: 1 } } },
            top2: { $topN: { n: 2, output: '$qty', sortBy: { qty: -1, _id: 1 } } },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    const expected = new Map<string, AnyDoc[]>();
    for (const s of SALES) expected.set(s.item as string, [...(expected.get(s.item as string) ?? []), s]);
    for (const g of out) {
      const rows = [...expected.get(g._id as string)!].sort(
        (a, b) => (b.qty as number) - (a.qty as number) || String(a._id).localeCompare(String(b._id)),
      );
      expect(g.top).toBe(rows[0]!.qty);
      expect(g.bottom).toEqual([rows.at(-1)!.qty, rows.at(-1)!._id]);
      expect(g.top2).toEqual(rows.slice(0, 2).map((r) => r.qty));
    }
  });

  it('documents from $project, $addFields, $unwind and $bucket have _id as their first field', async () => {
    const outputs = await Promise.all([
      sales()
        .aggregate([{ $project: { qty: 1, big: { $gt: ['$qty', 4] } } }])
        .toArray(),
      sales()
        .aggregate([{ $addFields: { total: { $multiply: ['$qty', '$price'] } } }])
        .toArray(),
      sales()
        .aggregate([{ $unwind: { path: '$tags', includeArrayIndex: 'i' } }])
        .toArray(),
      sales()
        .aggregate([{ $bucket: { groupBy: '$qty', boundaries: [0, 5, 100], output: { n: { $sum: 1 } } } }])
        .toArray(),
    ]);
    for (const docs of outputs) {
      expect(docs.length).toBeGreaterThan(0);
      for (const d of docs) expect(Object.keys(d)[0]).toBe('_id');
    }
  });
});
