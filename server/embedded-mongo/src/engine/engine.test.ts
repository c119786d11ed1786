import { Double, Int32, Long } from 'bson';
import { describe, expect, it } from 'vitest';
import { MongoServerError } from '../errors.js';
import { compileFilter } from '../query/match.js';
import { sortDocuments } from '../query/sort.js';
import { Engine, WriteBatch } from './engine.js';
import { Transaction } from './transaction.js';

type Doc = Record<string, unknown>;

function setup(): { engine: Engine; coll: ReturnType<Engine['ensureCollection']> } {
  const engine = new Engine(undefined);
  const batch = new WriteBatch();
  const coll = engine.ensureCollection('db', 'c', batch);
  engine.createIndex(coll, { key: { n: 1 }, name: 'n_1' }, batch);
  engine.createIndex(coll, { key: { email: 1 }, name: 'email_1', unique: true }, batch);
  const values = [
    new Int32(5),
    new Double(2.5),
    Long.fromNumber(7),
    'str',
    null,
    undefined,
    new Int32(1),
    new Date(0),
    new Int32(5),
  ];
  values.forEach((n, i) => {
    const doc: Doc = { _id: i, email: `e${i}` };
    if (n !== undefined) doc.n = n;
    engine.insert(coll, doc, batch);
  });
  return { engine, coll };
}

describe('engine', () => {
  it('answers range and sorted queries through an index exactly like a full scan', () => {
    const { engine, coll } = setup();
    const filters = [
      { n: { $gt: 2 } },
      { n: { $gte: new Int32(5), $lt: 8 } },
      { n: { $lt: 'zzz' } },
      {},
      { n: { $lte: 5 } },
    ];
    for (const f of filters) {
      const m = compileFilter(f);
      const scan = [...coll.docs.values()].filter((d) => m(d));
      const viaIndex = engine.find(coll, f);
      expect(new Set(viaIndex.map((d) => d._id))).toEqual(new Set(scan.map((d) => d._id)));
      for (const dir of [1, -1]) {
        const sorted = engine.findSorted(coll, f, undefined, { n: dir }).map((d) => d.n);
        expect(sorted).toEqual(sortDocuments(scan, { n: dir }).map((d) => d.n));
      }
    }
  });

  it('reports duplicate keys like mongod', () => {
    const { engine, coll } = setup();
    try {
      engine.insert(coll, { _id: 'x', email: 'e1' }, new WriteBatch());
      expect.unreachable();
    } catch (err) {
      const e = err as MongoServerError;
      expect(e.code).toBe(11000);
      expect(e.message).toBe('E11000 duplicate key error collection: db.c index: email_1 dup key: { email: "e1" }');
      expect(e.extra).toEqual({ keyPattern: { email: 1 }, keyValue: { email: 'e1' } });
    }
  });

  it('gives transactions a snapshot and detects write conflicts', () => {
    const { engine, coll } = setup();
    const t1 = new Transaction(1n);
    const t2 = new Transaction(1n);
    engine.begin(t1);
    engine.begin(t2);
    const doc = coll.docs.values().next().value!;
    engine.replace(coll, doc, { ...doc, touched: 1 }, new WriteBatch(), t1);
    expect(() => engine.replace(coll, doc, { ...doc, touched: 2 }, new WriteBatch(), t2)).toThrow(/Write conflict/);
    engine.insert(coll, { _id: 'outside', email: 'new' }, new WriteBatch());
    expect(engine.find(coll, { _id: 'outside' }, t1)).toEqual([]);
    const batch = engine.commit(t1);
    expect(batch.records).toHaveLength(1);
    expect(engine.find(coll, { touched: 1 })).toHaveLength(1);
  });
});
