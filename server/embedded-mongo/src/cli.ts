/** Command line: `embedded-mongo --port 27017 --dbpath ./data/db [--bind_ip 127.0.0.1] [--nosync]`. */
import { EmbeddedMongoServer } from './server.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('port') ?? 27017);
const dbPath = arg('dbpath') ?? './data/db';
const host = arg('bind_ip') ?? arg('host') ?? '127.0.0.1';
const sync = !process.argv.includes('--nosync');

try {
  const server = await EmbeddedMongoServer.start({
    dbPath,
    port,
    host,
    sync,
    log: (m) => console.error(m),
    argv: process.argv.slice(1),
  });
  console.log(`embedded-mongo listening: ${server.uri}/lyfta (data: ${dbPath})`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`embedded-mongo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

process.on('uncaughtException', (err) => console.error('embedded-mongo: uncaught', err));
process.on('unhandledRejection', (err) => console.error('embedded-mongo: unhandled', err));
