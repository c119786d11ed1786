import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/shared/logger.js';
import { startLyfta, type RunningLyfta } from '../../server/src/start.js';
import type { StartupHook } from '../../server/src/shared/startup-hook.js';

/** A Lyfta server for one test file: the real app on the embedded database (or MONGODB_URI) in a fresh folder. */
export interface TestServer extends RunningLyfta {
  dataDir: string;
}

/**
 * Starts Lyfta on port 0 with a throwaway data folder, or a copy of `copyOf` (a folder a stopped
 * server left), and `stop()` removes it. Given `dataDir`, it uses that folder and leaves it.
 */
export async function startTestServer(
  options: { hooks?: StartupHook[]; env?: Record<string, string>; copyOf?: string; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lyfta-test-'));
  if (options.copyOf) cpSync(options.copyOf, dataDir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LYFTA_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...(process.env.MONGODB_URI ? { MONGODB_URI: process.env.MONGODB_URI } : {}),
    ...options.env,
  });
  const lyfta = await startLyfta(config, createLogger(config.logLevel), { hooks: options.hooks });
  return {
    ...lyfta,
    dataDir,
    async stop() {
      await lyfta.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
