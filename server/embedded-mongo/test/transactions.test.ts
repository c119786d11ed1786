import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Long, type ClientSession, type Document, type MongoClient } from 'mongodb';
import { connect, serverError, useServer, type AnyDoc } from './harness.js';

const TXN = { readConcern: { level: 'snapshot' as const }, writeConcern: { w: 'majority' as const } };

/** Resolves when `count` callers have arrived; lets two transactions interleave deterministically. */
function barrier(count: number): () => Promise<void> {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    waiting++;
    if (waiting === count) release();
    return all;
  };
}

describe('transactions', () => {
  const server = useServer('txn');

  async function inSession<T>(fn: (session: ClientSession) => Promise<T>): Promise<T> {
    const session = server().client.startSession();
    try {
      return await fn(session);
    } finally {
      await session.endSession();
    }
  }

  it('commit makes all writes visible at once', async () => {
    const coll = server().db.collection<AnyDoc>('commit');
    await coll.insertOne({ _id: 'existing', v: 0 });
    await inSession(async (session) => {
      session.startTransaction(TXN);
      await coll.insertOne({ _id: 'a', v: 1 }, { session });
      await coll.insertOne({ _id: 'b', v: 2 }, { session });
      await coll.updateOne({ _id: 'existing' }, { $set: { v: 9 } }, { session });
      // Inside: its own writes are visible.
      expect(await coll.countDocuments({}, { session })).toBe(3);
      // Outside: nothing yet.
      expect(await coll.countDocuments({ _id: { $in: ['a', 'b'] } })).toBe(0);
      expect((await coll.findOne({ _id: 'existing' }))?.v).toBe(0);
      await session.commitTransaction();
    });
    expect(await coll.find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'a', v: 1 },
      { _id: 'b', v: 2 },
      { _id: 'existing', v: 9 },
    ]);
  });

  it('abort discards every write', async () => {
    const coll = server().db.collection<AnyDoc>('abort');
    await coll.insertOne({ _id: 1, v: 'before' });
    await inSession(async (session) => {
      session.startTransaction(TXN);
      await coll.insertOne({ _id: 2 }, { session });
      await coll.updateOne({ _id: 1 }, { $set: { v: 'inside' } }, { session });
      await coll.deleteOne({ _id: 1 }, { session });
      await session.abortTransaction();
    });
    expect(await coll.find({}).toArray()).toEqual([{ _id: 1, v: 'before' }]);
  });

  it('reads inside a transaction see the snapshot taken at its first read', async () => {
    const coll = server().db.collection<AnyDoc>('snapshot');
    await coll.insertMany([
      { _id: 1, v: 'old' },
      { _id: 2, v: 'old' },
    ]);
    await inSession(async (session) => {
      session.startTransaction(TXN);
      expect((await coll.findOne({ _id: 1 }, { session }))?.v).toBe('old');
      // Another client writes after the transaction's first read.
      await coll.updateOne({ _id: 2 }, { $set: { v: 'new' } });
      await coll.insertOne({ _id: 3, v: 'new' });
      expect((await coll.findOne({ _id: 2 }, { session }))?.v).toBe('old');
      expect(await coll.findOne({ _id: 3 }, { session })).toBeNull();
      expect(await coll.countDocuments({}, { session })).toBe(2);
      await session.commitTransaction();
    });
    expect((await coll.findOne({ _id: 2 }))?.v).toBe('new');
  });

  it('a second transaction writing the same document gets WriteConflict (112), transient', async () => {
    const coll = server().db.collection<AnyDoc>('conflict');
    await coll.insertOne({ _id: 'doc', n: 0 });
    const a = server().client.startSession();
    const b = server().client.startSession();
    try {
      a.startTransaction(TXN);
      b.startTransaction(TXN);
      await coll.updateOne({ _id: 'doc' }, { $inc: { n: 1 } }, { session: a });
      const err = await serverError(() => coll.updateOne({ _id: 'doc' }, { $inc: { n: 10 } }, { session: b }));
      expect(err.code).toBe(112);
      expect(err.codeName).toBe('WriteConflict');
      expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
      await b.abortTransaction();
      await a.commitTransaction();
    } finally {
      await a.endSession();
      await b.endSession();
    }
    expect((await coll.findOne({ _id: 'doc' }))?.n).toBe(1);
  });

  it('after a write conflict the transaction is gone: later operations get NoSuchTransaction (251)', async () => {
    const coll = server().db.collection<AnyDoc>('conflict_after');
    await coll.insertOne({ _id: 'doc', n: 0 });
    const a = server().client.startSession();
    const b = server().client.startSession();
    try {
      a.startTransaction(TXN);
      b.startTransaction(TXN);
      await coll.updateOne({ _id: 'doc' }, { $inc: { n: 1 } }, { session: a });
      await serverError(() => coll.updateOne({ _id: 'doc' }, { $inc: { n: 1 } }, { session: b }));
      const err = await serverError(() => coll.insertOne({ _id: 'later' }, { session: b }));
      expect(err.code).toBe(251);
      expect(err.codeName).toBe('NoSuchTransaction');
      expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
      await b.abortTransaction();
      await a.commitTransaction();
    } finally {
      await a.endSession();
      await b.endSession();
    }
    expect(await coll.countDocuments({ _id: 'later' })).toBe(0);
  });

  it('a commit of a transaction the server has no record of is NoSuchTransaction (251); embedded: not labelled transient', async () => {
    // After a restart the embedded server has lost its sessions and cannot know whether this commit
    // was made before; a transient label would make the driver rerun (and maybe repeat) the work.
    // A client of its own: its first session is new to the server (the shared client's pool
    // would hand out a session whose last transaction the server knows and answers for).
    const client = await connect(server().uri);
    const session = client.startSession();
    try {
      const err = await serverError(() =>
        client
          .db('admin')
          .command({ commitTransaction: 1, txnNumber: Long.fromNumber(4242), autocommit: false }, { session }),
      );
      expect(err.code).toBe(251);
      expect(err.codeName).toBe('NoSuchTransaction');
      if (!process.env.MONGODB_URI) expect(err.hasErrorLabel('TransientTransactionError')).toBe(false);
    } finally {
      await session.endSession();
      await client.close();
    }
  });

  it('a duplicate key inside a transaction fails that write and the commit keeps nothing of it', async () => {
    const coll = server().db.collection<AnyDoc>('txn_unique');
    await coll.createIndex({ email: 1 }, { unique: true });
    await coll.insertOne({ email: 'taken@x' });
    await inSession(async (session) => {
      session.startTransaction(TXN);
      await coll.insertOne({ email: 'fresh@x' }, { session });
      const err = await serverError(() => coll.insertOne({ email: 'taken@x' }, { session }));
      expect(err.code).toBe(11000);
      await session.abortTransaction();
    });
    expect(await coll.countDocuments({ email: 'fresh@x' })).toBe(0);
  });

  it('a collection can be created implicitly inside a transaction', async () => {
    const coll = server().db.collection<AnyDoc>('born_in_txn');
    await inSession(async (session) => {
      session.startTransaction(TXN);
      await coll.insertOne({ _id: 1 }, { session });
      expect(await coll.countDocuments({}, { session })).toBe(1);
      await session.commitTransaction();
    });
    expect(await coll.countDocuments()).toBe(1);
  });

  it('withTransaction retries a conflicting callback so both increments land', async () => {
    const coll = server().db.collection<AnyDoc>('retry');
    await coll.insertOne({ _id: 'counter', n: 0 });
    const bothRead = barrier(2);
    let attempts = 0;
    const increment = () =>
      inSession((session) =>
        session.withTransaction(async () => {
          attempts++;
          const first = attempts <= 2;
          await coll.findOne({ _id: 'counter' }, { session });
          // On the first attempt both transactions have read before either writes, so one must conflict.
          if (first) await bothRead();
          await coll.updateOne({ _id: 'counter' }, { $inc: { n: 1 } }, { session });
        }, TXN),
      );
    await Promise.all([increment(), increment()]);
    expect((await coll.findOne({ _id: 'counter' }))?.n).toBe(2);
    expect(attempts).toBeGreaterThanOrEqual(3);
  });

  it('a commit can be retried after it succeeded', async () => {
    const coll = server().db.collection<AnyDoc>('states');
    await inSession(async (session) => {
      session.startTransaction(TXN);
      await coll.insertOne({ _id: 1 }, { session });
      await session.commitTransaction();
      // Retrying a commit is the documented way to learn its outcome.
      await session.commitTransaction();
    });
    expect(await coll.countDocuments()).toBe(1);
  });

  describe('retryable writes', () => {
    // A client of their own: the driver pools server sessions and numbers their transactions
    // itself, so a txnNumber chosen here must never meet a pooled lsid the driver reuses later.
    let raw: MongoClient;
    beforeAll(async () => {
      raw = await connect(server().uri);
    });
    afterAll(async () => {
      await raw?.close();
    });
    const rawDb = () => raw.db(server().dbName);
    // Sessions return to the pool and may come back with the same lsid: numbers only ever grow.

    it('the same (lsid, txnNumber) sent twice applies an update once and answers the same', async () => {
      const db = rawDb();
      const coll = db.collection<AnyDoc>('retryable');
      await coll.insertOne({ _id: 'r', n: 0 });
      const session = raw.startSession();
      try {
        const command: Document = {
          update: 'retryable',
          updates: [{ q: { _id: 'r' }, u: { $inc: { n: 1 } } }],
          txnNumber: Long.fromNumber(7),
        };
        // With an explicit session the driver sends that session's lsid and leaves txnNumber alone.
        const first = await db.command({ ...command }, { session });
        const second = await db.command({ ...command }, { session });
        expect(first).toMatchObject({ ok: 1, n: 1, nModified: 1 });
        expect(second).toMatchObject({ ok: 1, n: 1, nModified: 1 });
        expect((await coll.findOne({ _id: 'r' }))?.n).toBe(1);

        const next = await db.command({ ...command, txnNumber: Long.fromNumber(8) }, { session });
        expect(next).toMatchObject({ ok: 1, n: 1, nModified: 1 });
        expect((await coll.findOne({ _id: 'r' }))?.n).toBe(2);
      } finally {
        await session.endSession();
      }
    });

    it('a retried insert does not fail with a duplicate key', async () => {
      const db = rawDb();
      const session = raw.startSession();
      try {
        const command = {
          insert: 'retryable_ins',
          documents: [{ _id: 1 }, { _id: 2 }],
          txnNumber: Long.fromNumber(100),
        };
        const first = await db.command({ ...command }, { session });
        const second = await db.command({ ...command }, { session });
        expect(first).toMatchObject({ ok: 1, n: 2 });
        expect(second).toMatchObject({ ok: 1, n: 2 });
        expect(second.writeErrors).toBeUndefined();
        expect(await db.collection<AnyDoc>('retryable_ins').countDocuments()).toBe(2);
      } finally {
        await session.endSession();
      }
    });

    it('a retried findAndModify returns the original result without applying again', async () => {
      const db = rawDb();
      await db.collection<AnyDoc>('retryable_fam').insertOne({ _id: 'x', n: 5 });
      const session = raw.startSession();
      try {
        const command = {
          findAndModify: 'retryable_fam',
          query: { _id: 'x' },
          update: { $inc: { n: 1 } },
          new: true,
          txnNumber: Long.fromNumber(200),
        };
        const first = await db.command({ ...command }, { session });
        const second = await db.command({ ...command }, { session });
        expect(first.value).toEqual({ _id: 'x', n: 6 });
        expect(second.value).toEqual({ _id: 'x', n: 6 });
        expect(second.lastErrorObject).toEqual(first.lastErrorObject);
        expect((await db.collection<AnyDoc>('retryable_fam').findOne({ _id: 'x' }))?.n).toBe(6);
      } finally {
        await session.endSession();
      }
    });
  });

  it('the driver’s own retryable writes carry on normally', async () => {
    const coll = server().db.collection<AnyDoc>('driver_retry');
    const res = await coll.insertOne({ a: 1 });
    expect(res.acknowledged).toBe(true);
    const upd = await coll.updateOne({ a: 1 }, { $set: { b: 2 } });
    expect(upd.modifiedCount).toBe(1);
  });
});
