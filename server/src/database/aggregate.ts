import type { Connection } from 'mongoose';
import type { Document } from 'mongodb';

/** What {@link aggregateAll} needs of a mongoose model: its collection's name and its connection. */
export interface AggregateTarget {
  collection: { collectionName: string };
  db: Connection;
}

interface CursorReply {
  cursor: { id: unknown; firstBatch?: Document[]; nextBatch?: Document[] };
}

const isZero = (id: unknown) => id === 0 || (typeof id === 'object' && id !== null && String(id) === '0');

/**
 * Runs an aggregation as the `aggregate` command itself, and `getMore` while the server has more,
 * in one session: the documents in the pipeline's order. The same commands the driver's cursor
 * sends, without the cursor's machinery around them, which costs CPU on every request of a hot
 * path such as the plan page. Casts nothing and runs no middleware, as a driver collection's
 * `aggregate` does not; like every collection call it is reported to mongoose's `debug` hook, so
 * what counts or logs the database's operations sees it.
 */
export async function aggregateAll<T>(target: AggregateTarget, pipeline: Document[]): Promise<T[]> {
  const name = target.collection.collectionName;
  const db = target.db.db;
  if (!db) throw new Error('the database is not connected');
  reportToDebugHook(target.db, name, pipeline);
  const session = target.db.getClient().startSession();
  try {
    const first = (await db.command({ aggregate: name, pipeline, cursor: {} }, { session })) as CursorReply;
    const docs = (first.cursor.firstBatch ?? []) as T[];
    let id = first.cursor.id;
    while (!isZero(id)) {
      const more = (await db.command({ getMore: id, collection: name }, { session })) as CursorReply;
      for (const d of more.cursor.nextBatch ?? []) docs.push(d as T);
      id = more.cursor.id;
    }
    return docs;
  } finally {
    await session.endSession();
  }
}

/** Tells mongoose's `debug` setting of the aggregate, as its collections do for their own calls. */
function reportToDebugHook(connection: Connection, collection: string, pipeline: Document[]): void {
  const debug: unknown = connection.base.get('debug');
  if (typeof debug === 'function') debug.call(connection, collection, 'aggregate', pipeline);
  else if (debug === true) console.info(`Mongoose: ${collection}.aggregate(${JSON.stringify(pipeline)})`);
}
