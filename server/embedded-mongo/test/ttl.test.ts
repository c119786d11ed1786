import { describe, expect, it } from 'vitest';
import { delay, serverError, useServer, type AnyDoc } from './harness.js';

const HOUR = 3_600_000;

describe('TTL indexes', () => {
  const server = useServer('ttl');
  const admin = () => server().client.db('admin');

  /** Waits (generously: a real mongod may finish its current 60 s sleep first) until `done` holds. */
  async function eventually(done: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error('the TTL monitor did not delete the expired documents in time');
      await delay(100);
    }
  }

  it('deletes documents whose date is older than expireAfterSeconds, and nothing else', async () => {
    const sessions = server().db.collection<AnyDoc>('sessions');
    const now = Date.now();
    await sessions.insertMany([
      { _id: 'old', at: new Date(now - 2 * HOUR) },
      { _id: 'fresh', at: new Date(now + HOUR) },
      { _id: 'earliestOld', at: [new Date(now + HOUR), new Date(now - 3 * HOUR)] },
      { _id: 'notADate', at: '2001-01-01' },
      { _id: 'noField' },
    ]);
    await sessions.createIndex({ at: 1 }, { expireAfterSeconds: 3600 });
    const kinds = server().db.collection<AnyDoc>('attempts');
    await kinds.insertMany([
      { _id: 'oldFailure', kind: 'failure', at: new Date(now - 2 * HOUR) },
      { _id: 'oldSuccess', kind: 'success', at: new Date(now - 2 * HOUR) },
    ]);
    await kinds.createIndex({ at: 1 }, { expireAfterSeconds: 60, partialFilterExpression: { kind: 'failure' } });

    const before = await admin().command({ setParameter: 1, ttlMonitorSleepSecs: 1 });
    try {
      expect(before.ok).toBe(1);
      expect((await admin().command({ getParameter: 1, ttlMonitorSleepSecs: 1 })).ttlMonitorSleepSecs).toBe(1);
      await eventually(async () => (await sessions.countDocuments()) <= 3 && (await kinds.countDocuments()) <= 1);
      const left = await sessions.find({}, { sort: { _id: 1 } }).toArray();
      expect(left.map((d) => d._id)).toEqual(['fresh', 'noField', 'notADate']);
      expect((await kinds.find().toArray()).map((d) => d._id)).toEqual(['oldSuccess']);
    } finally {
      await admin().command({ setParameter: 1, ttlMonitorSleepSecs: 60 });
    }
  });

  it('refuses TTL on a compound index', async () => {
    const err = await serverError(() =>
      server().db.collection('compound').createIndex({ a: 1, at: 1 }, { expireAfterSeconds: 10 }),
    );
    expect(err.code).toBe(67);
  });

  it('refuses a monitor interval below one second, and parameters it does not know', async () => {
    const tooShort = await serverError(() => admin().command({ setParameter: 1, ttlMonitorSleepSecs: 0 }));
    expect(tooShort.ok).toBe(0);
    const unknown = await serverError(() => admin().command({ setParameter: 1, noSuchParameterAtAll: 1 }));
    expect(unknown.ok).toBe(0);
    expect((await admin().command({ getParameter: 1, ttlMonitorSleepSecs: 1 })).ttlMonitorSleepSecs).toBe(60);
  });
});
