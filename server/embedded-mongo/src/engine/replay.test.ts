import { describe, expect, it } from 'vitest';
import { MongoServerError } from '../errors.js';
import { Engine, WriteBatch } from './engine.js';

type Doc = Record<string, unknown>;

/** An engine with indexed documents, some of them changed and deleted after the index was built. */
function populated(): Engine {
  const engine = new Engine(undefined);
  const batch = new WriteBatch();
  const coll = engine.ensureCollection('db', 'c', batch);
  for (let i = 0; i < 500; i++) engine.insert(coll, { _id: i, k: i % 37, u: `u${i}` }, batch);
  engine.createIndex(coll, { key: { k: 1, u: -1 }, name: 'k_1_u_-1' }, batch);
  engine.createIndex(coll, { key: { u: 1 }, name: 'u_1', unique: true }, batch);
  for (const d of engine.find(coll, { k: { $lt: 5 } }))
    engine.replace(coll, d, { ...d, k: (d.k as number) + 100 }, batch);
  for (const d of engine.find(coll, { k: { $gte: 30, $lt: 33 } })) engine.remove(coll, d, batch);
  return engine;
}

/** Replays a state snapshot into a fresh engine. */
function reopened(engine: Engine): Engine {
  const copy = new Engine(undefined);
  for (const record of engine.stateRecords()) copy.replay(record);
  return copy;
}

describe('replaying a snapshot', () => {
  it('rebuilds indexes that answer range, sort and unique checks as before', () => {
    const before = populated();
    const after = reopened(before);
    const a = before.getCollection('db', 'c')!;
    const b = after.getCollection('db', 'c')!;
    expect([...b.indexes.keys()]).toEqual([...a.indexes.keys()]);
    const ids = (docs: Doc[]) => docs.map((d) => Number(d._id));
    for (const filter of [{}, { k: { $gte: 100 } }, { k: 20, u: { $gt: 'u3' } }, { u: { $lt: 'u2' } }]) {
      expect(ids(after.find(b, filter))).toEqual(ids(before.find(a, filter)));
      for (const sort of [{ k: 1, u: -1 }, { k: -1, u: 1 }, { u: 1 }])
        expect(ids(after.findSorted(b, filter, undefined, sort, 10))).toEqual(
          ids(before.findSorted(a, filter, undefined, sort, 10)),
        );
    }
    expect(b.plan({ k: { $gte: 100 } }).indexName).toBe('k_1_u_-1');
    try {
      after.insert(b, { _id: 'x', k: 1, u: 'u8' }, new WriteBatch());
      expect.unreachable();
    } catch (err) {
      expect((err as MongoServerError).code).toBe(11000);
    }
  });
});
