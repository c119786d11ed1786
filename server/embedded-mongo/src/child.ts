/** Child-process entry: runs the server, reports readiness over IPC, exits when the parent goes. */
import { EmbeddedMongoServer } from './server.js';

interface StartMessage {
  type: 'start';
  options: { dbPath: string; port?: number; host?: string; socketPath?: string; sync?: boolean };
}

function send(msg: unknown): void {
  process.send?.(msg);
}

let server: EmbeddedMongoServer | undefined;

async function shutdown(code: number): Promise<void> {
  try {
    await server?.close();
  } finally {
    process.exit(code);
  }
}

process.on('message', (raw: unknown) => {
  const msg = raw as StartMessage | { type: 'stop' };
  if (msg.type === 'start') {
    EmbeddedMongoServer.start({ ...msg.options, log: (m) => process.stderr.write(`embedded-mongo: ${m}\n`) }).then(
      (s) => {
        server = s;
        send({ type: 'ready', port: s.port, socketPath: s.socketPath });
      },
      (err: unknown) => {
        send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
        process.exit(1);
      },
    );
  } else if (msg.type === 'stop') {
    void shutdown(0);
  }
});

// The IPC channel closes when the parent dies: a server nobody can stop must not linger.
process.on('disconnect', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGINT', () => void shutdown(0));

// A bug must not take the data folder offline: log it and keep serving.
process.on('uncaughtException', (err) =>
  process.stderr.write(`embedded-mongo: uncaught ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`),
);
process.on('unhandledRejection', (err) =>
  process.stderr.write(
    `embedded-mongo: unhandled ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  ),
);
