// A second Lyfta API process for tests of what crosses processes: the real server without start-up
// hooks (no demo, no open data), configured from the environment, printing the URL it listens on.
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/shared/logger.js';
import { startLyfta } from '../../server/src/start.js';

const config = loadConfig();
const lyfta = await startLyfta(config, createLogger(config.logLevel));
process.stdout.write(`${JSON.stringify({ url: lyfta.url })}\n`);
const stop = () => void lyfta.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
