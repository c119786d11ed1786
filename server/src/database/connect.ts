import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import type { Config } from '../config.js';
import type { Logger } from '../shared/logger.js';
import type { RunningEmbeddedMongo } from '../../embedded-mongo/src/index.js';
import { Supervisor } from './supervisor.js';

/** Which database the process uses, as /healthz reports it. */
export type DatabaseKind = 'mongodb' | 'embedded';

/** The embedded database as the process runs it. */
export interface EmbeddedDatabase {
  /** The Unix socket it listens on (no TCP port is opened). */
  socketPath: string;
  /** The pid of its child process right now; undefined while it is being restarted. */
  pid(): number | undefined;
}

/** An open database connection and how to close it (and the embedded server, if we started one). */
export interface Database {
  kind: DatabaseKind;
  connection: mongoose.Connection;
  /** True when requests can reach the database: connected, and not restarting the embedded server. */
  isAvailable(): boolean;
  /** Set when the process started the embedded database. */
  embedded?: EmbeddedDatabase;
  /** Closes the connection, then stops the embedded server if one was started. */
  close(): Promise<void>;
}

// Applied before any model is compiled: user input never becomes a query operator, and filters
// on fields a schema does not know are refused rather than silently dropped.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
mongoose.set('autoIndex', false);

const SOCKET_NAME = 'mongod.sock';

/** Connects mongoose to MONGODB_URI, or starts the embedded database on the data folder and connects to it. */
export async function connectDatabase(
  config: Pick<Config, 'mongodbUri' | 'dataDir'>,
  logger: Logger,
): Promise<Database> {
  if (!config.mongodbUri) return connectEmbedded(join(config.dataDir, 'db'), logger);
  await mongoose.connect(config.mongodbUri, { serverSelectionTimeoutMS: 15_000 });
  await createIndexes();
  return {
    kind: 'mongodb',
    connection: mongoose.connection,
    isAvailable: () => mongoose.connection.readyState === 1,
    close: () => mongoose.disconnect(),
  };
}

/**
 * Starts the embedded database on a Unix socket in its data folder, so no other user of the
 * machine can connect, and keeps it running: a crashed child is restarted on the same socket,
 * where the driver finds it again by itself.
 */
async function connectEmbedded(dbPath: string, logger: Logger): Promise<Database> {
  // Loaded only when needed: with MONGODB_URI set, nothing of the embedded server runs.
  const { startEmbeddedMongo, MAX_SOCKET_PATH_BYTES } = await import('../../embedded-mongo/src/index.js');
  let socketPath = join(dbPath, SOCKET_NAME);
  let privateFolder: string | undefined;
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH_BYTES) {
    // A socket path is limited to about a hundred bytes; a deep data folder gets its socket in a
    // folder of its own in the temp directory instead, created 0700 and kept while the process runs.
    privateFolder = mkdtempSync(join(tmpdir(), 'lyfta-db-'));
    socketPath = join(privateFolder, SOCKET_NAME);
    logger.info({ dbPath, socketPath }, 'data folder path too long for a socket in it; using a private temp folder');
  }
  const removePrivateFolder = (): void => {
    if (privateFolder) rmSync(privateFolder, { recursive: true, force: true });
  };
  let supervisor: Supervisor<RunningEmbeddedMongo>;
  try {
    supervisor = await Supervisor.start({
      name: 'embedded database',
      logger,
      start: () => startEmbeddedMongo({ dbPath, socketPath }),
      // The driver notices the server is back at its next check; a command asks for one now.
      afterRestart: async () => void (await mongoose.connection.db?.admin().command({ ping: 1 })),
    });
  } catch (err) {
    removePrivateFolder();
    throw err;
  }
  logger.info({ dbPath, socketPath, pid: supervisor.current?.pid }, 'embedded database started');
  try {
    await mongoose.connect(`${supervisor.current!.uri}/lyfta?directConnection=true`, {
      // A local server is either there or being restarted: waiting longer only delays the answer.
      serverSelectionTimeoutMS: 5_000,
      // The embedded server remembers retried writes in memory only: a write retried after a
      // restart could be applied twice. Without retries the client is told the outcome is unknown.
      retryWrites: false,
    });
    await createIndexes();
  } catch (err) {
    await mongoose.disconnect();
    await supervisor.stop();
    removePrivateFolder();
    throw err;
  }
  return {
    kind: 'embedded',
    connection: mongoose.connection,
    isAvailable: () => supervisor.isUp && mongoose.connection.readyState === 1,
    embedded: { socketPath, pid: () => supervisor.current?.pid },
    async close() {
      await mongoose.disconnect();
      await supervisor.stop();
      removePrivateFolder();
    },
  };
}

/** Indexes are declared on the models; create them once per start (idempotent). */
async function createIndexes(): Promise<void> {
  await Promise.all(Object.values(mongoose.connection.models).map((m) => m.createIndexes()));
}
