import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../server/src/shared/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder that will hold the demo and the bundled open data, made once per run; empty on MongoDB. */
    demoFolder: string;
  }
}

/**
 * Vitest global setup of the browser tests: loads the demo and the bundled open data once, into a
 * folder each browser test file copies, so that every file still starts on its own fresh demo
 * (about 35 s of loading saved per file). The loading runs in a child process, as `npm start`
 * would, and in the background: the other tests start meanwhile, and the browser tests wait for
 * the folder's mark (see demoFolderReady in tests/e2e/demo-server.ts). With MONGODB_URI set there
 * is no folder to copy and each file loads the demo itself.
 */
export default function makeDemoFolder(project: TestProject): () => void {
  if (process.env.MONGODB_URI) {
    project.provide('demoFolder', '');
    return () => {};
  }
  const folder = mkdtempSync(join(tmpdir(), 'lyfta-demo-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/load-demo-folder.ts', folder], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  project.provide('demoFolder', folder);
  return () => {
    child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}.ready`, { force: true });
    rmSync(`${folder}.failed`, { force: true });
  };
}
