import { Double, Int32, Long } from 'bson';
import { describe, expect, it } from 'vitest';
import { MongoServerError } from '../errors.js';
import { applyUpdate, buildUpsert } from './update.js';

describe('update application', () => {
  it('applies the common operators without touching the original', () => {
    const doc = { _id: 1, n: new Int32(1), tags: ['a'], sub: { x: 1 } };
    const out = applyUpdate(doc, {
      $inc: { n: new Int32(2) },
      $push: { tags: 'b' },
      $set: { 'sub.y': 2 },
      $unset: { 'sub.x': '' },
    });
    expect(out).toEqual({ _id: 1, n: new Int32(3), tags: ['a', 'b'], sub: { y: 2 } });
    expect(doc.n).toEqual(new Int32(1));
  });

  it('keeps numeric types: double stays double, int widens to long', () => {
    expect(applyUpdate({ _id: 1, d: new Double(1.5) }, { $inc: { d: new Int32(1) } }).d).toEqual(new Double(2.5));
    expect(applyUpdate({ _id: 1, i: new Int32(0x7fffffff) }, { $inc: { i: new Int32(1) } }).i).toEqual(
      Long.fromNumber(0x80000000),
    );
  });

  it('refuses to change _id (66 ImmutableField)', () => {
    try {
      applyUpdate({ _id: 1, a: 1 }, { $set: { _id: 2 } });
      expect.unreachable();
    } catch (err) {
      expect((err as MongoServerError).code).toBe(66);
    }
  });

  it('refuses conflicting paths (40 ConflictingUpdateOperators)', () => {
    expect(() => applyUpdate({ _id: 1 }, { $set: { a: 1 }, $inc: { a: 1 } })).toThrow(/conflict/);
    expect(() => applyUpdate({ _id: 1 }, { $set: { a: 1, 'a.b': 2 } })).toThrow(/conflict/);
    expect(applyUpdate({ _id: 1 }, { $set: { a: 1, ab: 2 } })).toEqual({ _id: 1, a: 1, ab: 2 });
  });

  it('supports positional, all-positional and filtered positional paths', () => {
    const doc = { _id: 1, items: [{ n: 1 }, { n: 5 }, { n: 7 }] };
    expect(applyUpdate(doc, { $set: { 'items.$.hit': true } }, { query: { 'items.n': 5 } }).items).toEqual([
      { n: 1 },
      { n: 5, hit: true },
      { n: 7 },
    ]);
    expect(applyUpdate(doc, { $inc: { 'items.$[].n': new Int32(1) } }).items).toEqual([
      { n: new Int32(2) },
      { n: new Int32(6) },
      { n: new Int32(8) },
    ]);
    const filtered = applyUpdate(
      doc,
      { $set: { 'items.$[big].big': true } },
      { arrayFilters: [{ 'big.n': { $gt: 4 } }] },
    );
    expect(filtered.items).toEqual([{ n: 1 }, { n: 5, big: true }, { n: 7, big: true }]);
  });

  it('builds upserts from the query with $setOnInsert and _id first', () => {
    const doc = buildUpsert({ email: 'a@x' }, { $set: { name: 'A' }, $setOnInsert: { createdAt: 1 } }, {});
    expect(Object.keys(doc)[0]).toBe('_id');
    expect(doc).toMatchObject({ email: 'a@x', name: 'A', createdAt: 1 });
    expect(applyUpdate({ _id: 1 }, { $setOnInsert: { x: 1 } })).toEqual({ _id: 1 });
  });

  it('pushes with $each, $sort and $slice on a missing field', () => {
    const out = applyUpdate({ _id: 1 }, { $push: { s: { $each: [3, 1, 2], $sort: 1, $slice: 2 } } });
    expect(out.s).toEqual([1, 2]);
  });
});

describe('pipeline updates', () => {
  it('keep the BSON types of fields they do not change', () => {
    const out = applyUpdate({ _id: 1, d: new Double(1), i: new Int32(2) }, [{ $set: { s: { $add: ['$i', 1] } } }]);
    expect(out.d).toEqual(new Double(1));
    expect(out.i).toEqual(new Int32(2));
    expect(out.s).toBe(3);
  });
});
