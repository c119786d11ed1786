import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { aggregateAll } from './aggregate.js';
import { useTestDatabase } from '../test/factories.js';

useTestDatabase();

const Row = mongoose.model('AggregateAllRow', new mongoose.Schema({ n: Number, text: String }));

describe('aggregateAll', () => {
  it('returns every document in the pipeline order, also past the first batch (101 documents)', async () => {
    await Row.insertMany(Array.from({ length: 250 }, (_, n) => ({ n, text: `rad ${n} 🌱` })));
    const rows = await aggregateAll<{ n: number; text: string }>(Row, [
      { $sort: { n: -1 } },
      { $project: { _id: 0, __v: 0 } },
    ]);
    expect(rows).toHaveLength(250);
    expect(rows[0]).toEqual({ n: 249, text: 'rad 249 🌱' });
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 250 }, (_, i) => 249 - i));
  });

  it('returns an empty list when nothing matches, and the server error as it is', async () => {
    expect(await aggregateAll(Row, [{ $match: { n: -1 } }])).toEqual([]);
    await expect(aggregateAll(Row, [{ $nosuchstage: {} }])).rejects.toMatchObject({ code: 40324 });
  });

  it('reports the aggregate (once, however many batches) to mongoose’s debug hook, as collection calls are', async () => {
    await Row.insertMany(Array.from({ length: 150 }, (_, n) => ({ n, text: 'batch' })));
    const seen: string[] = [];
    mongoose.set('debug', (collection: string, method: string) => void seen.push(`${collection}.${method}`));
    try {
      expect(await aggregateAll(Row, [{ $match: { text: 'batch' } }])).toHaveLength(150);
    } finally {
      mongoose.set('debug', false);
    }
    expect(seen).toEqual([`${Row.collection.collectionName}.aggregate`]);
  });
});
