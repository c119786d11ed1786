import { describe, expect, it } from 'vitest';
import { MongoBulkWriteError, type Document } from 'mongodb';
import { serverError, useServer, type AnyDoc } from './harness.js';

describe('indexes', () => {
  const server = useServer('idx');
  const db = () => server().db;
  const coll = (name: string) => server().db.collection<AnyDoc>(name);

  it('a unique index refuses a duplicate with MongoDB’s exact write error', async () => {
    const { dbName } = server();
    await coll('users').createIndex({ email: 1 }, { unique: true });
    await coll('users').insertOne({ email: 'a@x' });
    const reply = await db().command({ insert: 'users', documents: [{ _id: 'second', email: 'a@x' }] });
    expect(reply.ok).toBe(1);
    expect(reply.n).toBe(0);
    expect(reply.writeErrors).toHaveLength(1);
    expect(reply.writeErrors[0]).toEqual({
      index: 0,
      code: 11000,
      errmsg: `E11000 duplicate key error collection: ${dbName}.users index: email_1 dup key: { email: "a@x" }`,
      keyPattern: { email: 1 },
      keyValue: { email: 'a@x' },
    });
    expect(await coll('users').countDocuments()).toBe(1);

    const err = await serverError(() => coll('users').insertOne({ email: 'a@x' }));
    expect(err.code).toBe(11000);
    expect(err.keyPattern).toEqual({ email: 1 });
    expect(err.keyValue).toEqual({ email: 'a@x' });
  });

  it('an update into a duplicate is refused the same way', async () => {
    await coll('users').insertOne({ email: 'b@x' });
    const err = await serverError(() => coll('users').updateOne({ email: 'b@x' }, { $set: { email: 'a@x' } }));
    expect(err.code).toBe(11000);
    expect(err.keyValue).toEqual({ email: 'a@x' });
    expect(await coll('users').countDocuments({ email: 'b@x' })).toBe(1);
  });

  it('ordered insertMany stops at the first duplicate; n counts the ones before', async () => {
    await coll('ordered').createIndex({ k: 1 }, { unique: true });
    const reply = await db().command({
      insert: 'ordered',
      documents: [{ k: 1 }, { k: 2 }, { k: 1 }, { k: 3 }, { k: 2 }],
      ordered: true,
    });
    expect(reply.n).toBe(2);
    expect(reply.writeErrors.map((e: Document) => [e.index, e.code])).toEqual([[2, 11000]]);
    expect((await coll('ordered').find().sort({ k: 1 }).toArray()).map((d) => d.k)).toEqual([1, 2]);

    const err = await coll('ordered')
      .insertMany([{ k: 10 }, { k: 10 }, { k: 11 }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    const bulk = err as MongoBulkWriteError;
    expect(bulk.result.insertedCount).toBe(1);
    expect(bulk.writeErrors).toHaveLength(1);
  });

  it('unordered insertMany continues and reports every duplicate', async () => {
    await coll('unordered').createIndex({ k: 1 }, { unique: true });
    const reply = await db().command({
      insert: 'unordered',
      documents: [{ k: 1 }, { k: 1 }, { k: 2 }, { k: 2 }, { k: 3 }],
      ordered: false,
    });
    expect(reply.n).toBe(3);
    expect(reply.writeErrors.map((e: Document) => [e.index, e.code])).toEqual([
      [1, 11000],
      [3, 11000],
    ]);
    expect(await coll('unordered').countDocuments()).toBe(3);
  });

  it('compound unique indexes compare the whole key', async () => {
    const { dbName } = server();
    await coll('compound').createIndex({ a: 1, b: -1 }, { unique: true });
    await coll('compound').insertMany([
      { a: 1, b: 1 },
      { a: 1, b: 2 },
      { a: 2, b: 1 },
    ]);
    const err = await serverError(() => coll('compound').insertOne({ a: 1, b: 2 }));
    expect(err.code).toBe(11000);
    expect(err.message).toBe(
      `E11000 duplicate key error collection: ${dbName}.compound index: a_1_b_-1 dup key: { a: 1, b: 2 }`,
    );
    expect(err.keyPattern).toEqual({ a: 1, b: -1 });
    expect(err.keyValue).toEqual({ a: 1, b: 2 });
  });

  it('a unique index without sparse counts missing fields as null, once', async () => {
    await coll('plain_missing').createIndex({ u: 1 }, { unique: true });
    await coll('plain_missing').insertOne({ x: 1 });
    const err = await serverError(() => coll('plain_missing').insertOne({ x: 2 }));
    expect(err.code).toBe(11000);
    expect(err.keyValue).toEqual({ u: null });
  });

  it('sparse unique allows the field to be missing more than once', async () => {
    await coll('sparse').createIndex({ u: 1 }, { unique: true, sparse: true });
    await coll('sparse').insertMany([{ x: 1 }, { x: 2 }, { u: 'a' }]);
    const err = await serverError(() => coll('sparse').insertOne({ u: 'a' }));
    expect(err.code).toBe(11000);
    expect(await coll('sparse').countDocuments()).toBe(3);
  });

  it('partial unique indexes only constrain matching documents', async () => {
    await coll('partial').createIndex(
      { email: 1 },
      { unique: true, partialFilterExpression: { status: 'active' }, name: 'active_email' },
    );
    await coll('partial').insertMany([
      { email: 'p@x', status: 'archived' },
      { email: 'p@x', status: 'archived' },
      { email: 'p@x', status: 'active' },
    ]);
    const err = await serverError(() => coll('partial').insertOne({ email: 'p@x', status: 'active' }));
    expect(err.code).toBe(11000);
    expect(err.message).toContain('index: active_email');
    // Leaving the filter frees the key.
    await coll('partial').updateOne({ status: 'active' }, { $set: { status: 'archived' } });
    await coll('partial').insertOne({ email: 'p@x', status: 'active' });
    expect(await coll('partial').countDocuments({ email: 'p@x' })).toBe(4);
  });

  it('multikey unique indexes index every element and catch duplicates across documents', async () => {
    await coll('multikey').createIndex({ tags: 1 }, { unique: true });
    // Repeats inside one document are not duplicates.
    await coll('multikey').insertOne({ _id: 1, tags: ['a', 'b', 'a'] });
    const err = await serverError(() => coll('multikey').insertOne({ _id: 2, tags: ['c', 'b'] }));
    expect(err.code).toBe(11000);
    expect(err.keyValue).toEqual({ tags: 'b' });
    await coll('multikey').insertOne({ _id: 3, tags: ['c', 'd'] });
    expect((await coll('multikey').find({ tags: 'd' }).toArray()).map((d) => d._id)).toEqual([3]);
  });

  it('findAndModify into a duplicate is a top-level 11000 error with keyPattern/keyValue', async () => {
    await coll('fam_unique').createIndex({ email: 1 }, { unique: true });
    await coll('fam_unique').insertMany([{ email: 'one@x' }, { email: 'two@x' }]);
    const err = await serverError(() =>
      db().command({ findAndModify: 'fam_unique', query: { email: 'two@x' }, update: { $set: { email: 'one@x' } } }),
    );
    expect(err.code).toBe(11000);
    expect(err.message).toMatch(/^E11000 duplicate key error collection: .*\.fam_unique index: email_1/);
    expect(err.keyPattern).toEqual({ email: 1 });
    expect(err.keyValue).toEqual({ email: 'one@x' });

    const upsertErr = await serverError(() =>
      coll('fam_unique').findOneAndUpdate({ email: 'nobody' }, { $set: { email: 'one@x' } }, { upsert: true }),
    );
    expect(upsertErr.code).toBe(11000);
  });

  it('listIndexes shows v, key, name and the index options', async () => {
    await coll('shapes').createIndexes([
      { key: { email: 1 }, unique: true },
      { key: { a: 1, b: -1 }, name: 'ab' },
      { key: { s: 1 }, sparse: true },
      { key: { p: 1 }, partialFilterExpression: { p: { $exists: true } } },
    ]);
    const indexes = await coll('shapes').listIndexes().toArray();
    expect(indexes).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { email: 1 }, name: 'email_1', unique: true },
      { v: 2, key: { a: 1, b: -1 }, name: 'ab' },
      { v: 2, key: { s: 1 }, name: 's_1', sparse: true },
      { v: 2, key: { p: 1 }, name: 'p_1', partialFilterExpression: { p: { $exists: true } } },
    ]);
    expect(await coll('shapes').indexExists('email_1')).toBe(true);
  });

  it('creating an index over existing duplicates fails and leaves no index', async () => {
    await coll('late').insertMany([{ k: 1 }, { k: 1 }]);
    const err = await serverError(() => coll('late').createIndex({ k: 1 }, { unique: true }));
    expect(err.code).toBe(11000);
    const names = (await coll('late').listIndexes().toArray()).map((i) => i.name);
    expect(names).toEqual(['_id_']);
  });

  it('an index with the same name and other options is refused', async () => {
    await coll('conflicting').createIndex({ k: 1 }, { name: 'k' });
    const err = await serverError(() => coll('conflicting').createIndex({ k: 1 }, { name: 'k', unique: true }));
    expect([85, 86]).toContain(err.code);
  });

  it('dropping the _id index is refused', async () => {
    await coll('keepid').insertOne({});
    const err = await serverError(() => coll('keepid').dropIndex('_id_'));
    expect(err.code).toBe(72);
  });
});
