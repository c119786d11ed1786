import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestServer } from './server.js';

/** Another API process on the same database as a test server, and how to stop it. */
export interface ApiProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a second API process (`tests/support/api-process.ts` under tsx) on port 0 against the
 * embedded database of `first`, through its Unix socket in a mongodb:// URI.
 */
export async function startSecondProcess(first: TestServer, timeoutMs = 60_000): Promise<ApiProcess> {
  const socketPath = first.database.embedded?.socketPath;
  if (!socketPath) throw new Error('the first server runs no embedded database');
  const dataDir = mkdtempSync(join(tmpdir(), 'lyfta-second-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/api-process.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      LYFTA_DATA_DIR: dataDir,
      MONGODB_URI: `mongodb://${encodeURIComponent(socketPath)}/lyfta?directConnection=true&retryWrites=false`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`second process did not start: ${stderr}`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`second process exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
