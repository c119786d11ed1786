/** Public entry point: start the MongoDB-compatible server in a child process. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export { EmbeddedMongoServer, MAX_SOCKET_PATH_BYTES } from './server.js';

/** Options of {@link startEmbeddedMongo}. */
export interface EmbeddedMongoOptions {
  /** data folder (created if missing) */
  dbPath: string;
  /** 0 (default) = any free port */
  port?: number;
  /** default '127.0.0.1' */
  host?: string;
  /**
   * Listen on this Unix domain socket (mode 0600) instead of TCP, so that only this user can
   * connect; host and port are then ignored. Connect with `directConnection=true`.
   */
  socketPath?: string;
  /** default true; false skips fdatasync (throwaway test folders only) */
  sync?: boolean;
}

/** How the child process ended. */
export interface EmbeddedMongoExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A server running in a child process. */
export interface RunningEmbeddedMongo {
  /** mongodb://127.0.0.1:PORT, or mongodb://<URL-encoded socket path> (no db name; callers append /lyfta) */
  uri: string;
  /** the TCP port; 0 when listening on a socket */
  port: number;
  /** the Unix socket listened on, if any */
  socketPath?: string;
  /** the child process */
  pid: number;
  /** Settles when the child process has ended, whether stopped or crashed. */
  exited: Promise<EmbeddedMongoExit>;
  /** Stops the server cleanly (flushes, releases the lock) and waits for the child to exit. */
  stop(): Promise<void>;
}

/** Starts the server in a child process and resolves once it accepts connections. */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions): Promise<RunningEmbeddedMongo> {
  const { entry, loader } = await childEntry();
  const child = fork(entry, [], {
    execPath: process.execPath,
    execArgv: [
      // A larger young generation halves the garbage collection cost of loading a data folder.
      '--max-semi-space-size=32',
      // Optimise hot code sooner (Node 20 defaults to 66 KB of executed bytecode): the first
      // thousands of requests after a start answer about 10 % faster, steady state is unchanged.
      '--interrupt-budget=16384',
      ...loader,
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    let settled = false;
    const exited = new Promise<EmbeddedMongoExit>((res) => child.once('exit', (code, signal) => res({ code, signal })));
    child.once('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(new Error(`embedded-mongo exited with code ${code} before it was ready`));
      }
    });
    child.on('message', (raw: unknown) => {
      const msg = raw as { type: string; port?: number; socketPath?: string; message?: string };
      if (settled) return;
      if (msg.type === 'ready' && (msg.port || msg.socketPath)) {
        settled = true;
        const port = msg.port ?? 0;
        const { socketPath } = msg;
        resolve({
          uri: socketPath ? `mongodb://${encodeURIComponent(socketPath)}` : `mongodb://${host}:${port}`,
          port,
          ...(socketPath ? { socketPath } : {}),
          pid: child.pid!,
          exited,
          async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return;
            if (child.connected) child.send({ type: 'stop' });
            else child.kill('SIGTERM');
            await exited;
          },
        });
      } else if (msg.type === 'error') {
        settled = true;
        reject(new Error(msg.message));
      }
    });
    child.send({ type: 'start', options: { ...options, host } });
  });
}

/** The compiled child; from source, a cached bundle of it, or the TypeScript itself run through tsx. */
async function childEntry(): Promise<{ entry: string; loader: string[] }> {
  if (!import.meta.url.endsWith('.ts'))
    return { entry: fileURLToPath(new URL('./child.js', import.meta.url)), loader: [] };
  const { childBundle } = await import('./child-bundle.js');
  const bundle = await childBundle();
  if (bundle) return { entry: bundle, loader: [] };
  return { entry: fileURLToPath(new URL('./child.ts', import.meta.url)), loader: ['--import', 'tsx'] };
}
