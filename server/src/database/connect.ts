import { join } from 'node:path';
import mongoose from 'mongoose';
import type { Config } from '../config.js';
import type { Logger } from '../shared/logger.js';
import type { RunningEmbeddedMongo } from '../../embedded-mongo/src/index.js';

/** Which database the process uses, as /healthz reports it. */
export type DatabaseKind = 'mongodb' | 'embedded';

/** An open database connection and how to close it (and the embedded server, if we started one). */
export interface Database {
  kind: DatabaseKind;
  connection: mongoose.Connection;
  /** Closes the connection, then stops the embedded server if one was started. */
  close(): Promise<void>;
}

// Applied before any model is compiled: user input never becomes a query operator, and filters
// on fields a schema does not know are refused rather than silently dropped.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
mongoose.set('autoIndex', false);

/** Connects mongoose to MONGODB_URI, or starts the embedded database on the data folder and connects to it. */
export async function connectDatabase(
  config: Pick<Config, 'mongodbUri' | 'dataDir'>,
  logger: Logger,
): Promise<Database> {
  let embedded: RunningEmbeddedMongo | undefined;
  let uri = config.mongodbUri;
  if (!uri) {
    const dbPath = join(config.dataDir, 'db');
    // Loaded only when needed: with MONGODB_URI set, nothing of the embedded server runs.
    const { startEmbeddedMongo } = await import('../../embedded-mongo/src/index.js');
    embedded = await startEmbeddedMongo({ dbPath });
    uri = `${embedded.uri}/lyfta`;
    logger.info({ dbPath, port: embedded.port }, 'embedded database started');
  }
  try {
    await mongoose.connect(uri, { serverSelectionTimeoutMS: 15_000 });
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  // Indexes are declared on the models; create them once per start (idempotent).
  await Promise.all(Object.values(mongoose.connection.models).map((m) => m.createIndexes()));
  return {
    kind: embedded ? 'embedded' : 'mongodb',
    connection: mongoose.connection,
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
