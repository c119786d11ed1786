import { beforeAll, describe, expect, it } from 'vitest';
import { Long, type Document } from 'mongodb';
import { serverError, useServer, type AnyDoc } from './harness.js';

const TOTAL = 1_250;
/** Cursor ids must be int64 on the wire; keep them as Long when reading replies. */
const RAW_LONGS = { promoteLongs: false } as const;

describe('cursors over more than a thousand documents', () => {
  const server = useServer('cursor');
  const ns = () => `${server().dbName}.many`;

  beforeAll(async () => {
    const docs = Array.from({ length: TOTAL }, (_, i) => ({ _id: i, n: i, pad: 'x'.repeat(20) }));
    await server().db.collection<AnyDoc>('many').insertMany(docs);
  });

  it('find returns a first batch of 101 and a Long cursor id', async () => {
    const reply = await server().db.command({ find: 'many', filter: {}, sort: { _id: 1 } }, RAW_LONGS);
    expect(reply.ok).toBe(1);
    expect(reply.cursor.ns).toBe(ns());
    expect(reply.cursor.firstBatch).toHaveLength(101);
    expect(reply.cursor.id).toBeInstanceOf(Long);
    expect((reply.cursor.id as Long).isZero()).toBe(false);
    expect(reply.cursor.firstBatch[0]._id).toBe(0);

    // getMore without batchSize returns the rest (well under 16 MiB) and exhausts the cursor.
    const more = await server().db.command({ getMore: reply.cursor.id, collection: 'many' }, RAW_LONGS);
    expect(more.ok).toBe(1);
    expect(more.cursor.ns).toBe(ns());
    expect(more.cursor.nextBatch).toHaveLength(TOTAL - 101);
    expect(more.cursor.nextBatch[0]._id).toBe(101);
    expect(more.cursor.id).toBeInstanceOf(Long);
    expect((more.cursor.id as Long).isZero()).toBe(true);
  });

  it('batchSize is honoured on find and on every getMore', async () => {
    const first = await server().db.command({ find: 'many', sort: { _id: 1 }, batchSize: 300 }, RAW_LONGS);
    expect(first.cursor.firstBatch).toHaveLength(300);
    const id = first.cursor.id as Long;
    const sizes = [first.cursor.firstBatch.length];
    const seen: number[] = first.cursor.firstBatch.map((d: Document) => d._id);
    let cursorId = id;
    while (!cursorId.isZero()) {
      const more = await server().db.command({ getMore: cursorId, collection: 'many', batchSize: 400 }, RAW_LONGS);
      expect(more.cursor.id.equals(cursorId) || more.cursor.id.isZero()).toBe(true);
      sizes.push(more.cursor.nextBatch.length);
      seen.push(...more.cursor.nextBatch.map((d: Document) => d._id));
      cursorId = more.cursor.id;
    }
    expect(sizes).toEqual([300, 400, 400, 150]);
    expect(seen).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
  });

  it('a limit closes the cursor in the first batch when it fits', async () => {
    const reply = await server().db.command({ find: 'many', limit: 50 }, RAW_LONGS);
    expect(reply.cursor.firstBatch).toHaveLength(50);
    expect((reply.cursor.id as Long).isZero()).toBe(true);
    const single = await server().db.command({ find: 'many', batchSize: 10, singleBatch: true }, RAW_LONGS);
    expect(single.cursor.firstBatch).toHaveLength(10);
    expect((single.cursor.id as Long).isZero()).toBe(true);
  });

  it('the driver iterates every document through getMore', async () => {
    const cursor = server()
      .db.collection<AnyDoc>('many')
      .find({ n: { $gte: 100 } })
      .sort({ n: -1 })
      .batchSize(97);
    let count = 0;
    let last = Infinity;
    for await (const doc of cursor) {
      expect(doc.n).toBeLessThan(last);
      last = doc.n;
      count++;
    }
    expect(count).toBe(TOTAL - 100);
  });

  it('aggregate cursors page the same way', async () => {
    const reply = await server().db.command(
      { aggregate: 'many', pipeline: [{ $match: { n: { $lt: 500 } } }], cursor: {} },
      RAW_LONGS,
    );
    expect(reply.cursor.firstBatch).toHaveLength(101);
    const more = await server().db.command(
      { getMore: reply.cursor.id, collection: 'many', batchSize: 1000 },
      RAW_LONGS,
    );
    expect(more.cursor.nextBatch).toHaveLength(399);
    expect((more.cursor.id as Long).isZero()).toBe(true);
  });

  it('killCursors reports the killed id and a later getMore is CursorNotFound (43)', async () => {
    const reply = await server().db.command({ find: 'many', batchSize: 5 }, RAW_LONGS);
    const id = reply.cursor.id as Long;
    expect(id.isZero()).toBe(false);
    const killed = await server().db.command({ killCursors: 'many', cursors: [id] }, RAW_LONGS);
    expect(killed.ok).toBe(1);
    expect(killed.cursorsKilled).toHaveLength(1);
    expect((killed.cursorsKilled[0] as Long).equals(id)).toBe(true);
    expect(killed.cursorsNotFound).toEqual([]);
    expect(killed.cursorsAlive).toEqual([]);
    expect(killed.cursorsUnknown).toEqual([]);

    const err = await serverError(() => server().db.command({ getMore: id, collection: 'many' }));
    expect(err.code).toBe(43);
    expect(err.codeName).toBe('CursorNotFound');

    const again = await server().db.command({ killCursors: 'many', cursors: [id] }, RAW_LONGS);
    expect(again.cursorsKilled).toEqual([]);
    expect(again.cursorsNotFound).toHaveLength(1);
  });

  it('an exhausted cursor cannot be continued', async () => {
    const reply = await server().db.command({ find: 'many', batchSize: 2, filter: { n: { $lt: 3 } } }, RAW_LONGS);
    const more = await server().db.command({ getMore: reply.cursor.id, collection: 'many' }, RAW_LONGS);
    expect((more.cursor.id as Long).isZero()).toBe(true);
    const err = await serverError(() => server().db.command({ getMore: reply.cursor.id, collection: 'many' }));
    expect(err.code).toBe(43);
  });

  it('the driver closes an abandoned cursor with killCursors', async () => {
    const cursor = server().db.collection<AnyDoc>('many').find().batchSize(10);
    await cursor.next();
    const id = cursor.id;
    expect(id).toBeDefined();
    await cursor.close();
    const err = await serverError(() => server().db.command({ getMore: id, collection: 'many' }));
    expect(err.code).toBe(43);
  });
});
