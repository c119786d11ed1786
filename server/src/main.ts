import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './shared/logger.js';
import { startLyfta } from './start.js';
import { startupHooks } from './startup-hooks.js';

// Process entry: configuration → database → app → listen, and a clean stop on signals.
let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
const logger = createLogger(config.logLevel);
try {
  const lyfta = await startLyfta(config, logger, { hooks: startupHooks, devClient: process.argv.includes('--dev') });
  logger.info({ url: lyfta.url }, 'Lyfta is running');
  process.stdout.write(`\nLyfta är igång / Lyfta is running: ${lyfta.url}\n\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    lyfta.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Lyfta could not start: ${message}\n`);
  logger.debug({ err }, 'start-up failed');
  process.exit(1);
}
