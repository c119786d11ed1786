// Loads the demo and the bundled open data into the data folder given as the argument, stops,
// and marks the folder done: `<folder>.ready`, or `<folder>.failed` holding the error.
// Run by the browser tests' global setup (demo-folder.ts).
import { writeFileSync } from 'node:fs';
import { startupHooks } from '../../server/src/startup-hooks.js';
import { startTestServer } from './server.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: load-demo-folder.ts <data folder>');
try {
  const server = await startTestServer({ hooks: startupHooks, dataDir: folder });
  await server.stop();
  writeFileSync(`${folder}.ready`, '');
  process.exit(0);
} catch (err) {
  writeFileSync(`${folder}.failed`, err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
}
