import { ConfigError, loadConfig } from '../server/src/config.js';
import { connectDatabase } from '../server/src/database/connect.js';
import { createLogger } from '../server/src/shared/logger.js';
import { databaseIsEmpty, demoAllowed, loadDemo } from '../server/src/demo/index.js';

// `npm run seed`: loads the demo into an empty database (the same data `npm start` loads on first start).
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
if (!demoAllowed(config)) {
  process.stderr.write('The demo is not loaded: LYFTA_DEMO=never, or NODE_ENV=production without LYFTA_DEMO=always.\n');
  process.exit(1);
}
const database = await connectDatabase(config, logger);
try {
  if (!(await databaseIsEmpty())) {
    process.stdout.write('The database already has organisations; the demo is not loaded again.\n');
  } else {
    const result = await loadDemo(logger);
    process.stdout.write(
      `Demo loaded: ${result.organisations} organisations, ${result.people} accounts (password lyfta-demo).\n`,
    );
  }
} finally {
  await database.close();
}
