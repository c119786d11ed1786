/**
 * Child process for the crash test: writes documents with journaled acknowledgement in a loop and
 * prints each `_id` only after the server acknowledged it. Usage:
 *   node --import tsx crash-writer.ts <uri> <dbName> <prefix>
 * It exits quietly once the server goes away.
 */
import { MongoClient } from 'mongodb';

const [uri, dbName, prefix] = process.argv.slice(2);
if (!uri || !dbName || !prefix) {
  process.stderr.write('usage: crash-writer.ts <uri> <dbName> <prefix>\n');
  process.exit(2);
}

/** Writes until the server dies; every printed line is an acknowledged, journaled insert. */
async function main(): Promise<void> {
  const client = new MongoClient(uri!, {
    serverSelectionTimeoutMS: 2_000,
    connectTimeoutMS: 2_000,
    socketTimeoutMS: 5_000,
    retryWrites: false,
    maxPoolSize: 1,
  });
  await client.connect();
  const coll = client.db(dbName).collection<{ _id: string; seq: number; pad: string }>('acked');
  try {
    for (let seq = 0; seq < 1_000_000; seq++) {
      const _id = `${prefix}-${seq}`;
      await coll.insertOne({ _id, seq, pad: 'p'.repeat(seq % 200) }, { writeConcern: { w: 1, j: true } });
      process.stdout.write(`${_id}\n`);
    }
  } finally {
    await client.close(true).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  () => process.exit(0),
);
