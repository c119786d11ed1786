import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, DurableStore } from './index.js';
import { makeTempDir, rec, seqs, startChild, type Child } from './test-support.js';

const dirs: string[] = [];
const children: Child[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  for (const dir of dirs.splice(0)) await fsp.rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function lockedMessage(dir: string, pid: number): string {
  return (
    `Datamappen ${dir} används redan av process ${pid} / The data folder ${dir} is already in use ` +
    `by process ${pid}: stop that process or choose another LYFTA_DATA_DIR`
  );
}

describe('data folder lock', () => {
  it('refuses a folder held by a live process, then takes it over once that process is killed', async () => {
    const dir = await tempDir();
    const child = startChild('hold', dir);
    children.push(child);
    await child.waitFor((line) => line === 'ready');
    const pid = child.process.pid!;
    const error = await DurableStore.open(dir).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).message).toBe(lockedMessage(dir, pid));
    expect((error as DataDirLockedError).pid).toBe(pid);

    child.process.kill('SIGKILL');
    await child.exited;
    // The killed holder left its lock file behind; it is stale now.
    expect((await fsp.readFile(join(dir, 'mongod.lock'), 'utf8')).trim()).toBe(String(pid));
    const { store } = await DurableStore.open(dir);
    expect((await fsp.readFile(join(dir, 'mongod.lock'), 'utf8')).trim()).toBe(String(process.pid));
    await store.close();
  });

  it('refuses a second open of the same folder within one process', async () => {
    const dir = await tempDir();
    const { store } = await DurableStore.open(dir);
    await expect(DurableStore.open(join(dir, '.'))).rejects.toThrow(lockedMessage(dir, process.pid));
    await store.close();
    const again = await DurableStore.open(dir);
    await again.store.close();
  });

  it('takes over stale locks: a dead pid, garbage, or this pid from an earlier process', async () => {
    const dir = await tempDir();
    for (const content of [`${await deadPid()}\n`, '', 'not a pid', `${process.pid}\n`]) {
      await fsp.writeFile(join(dir, 'mongod.lock'), content);
      const { store } = await DurableStore.open(dir);
      await store.append([rec(1)]);
      await store.close();
      await expect(fsp.access(join(dir, 'mongod.lock'))).rejects.toThrow();
    }
    const { store, journal } = await DurableStore.open(dir);
    expect(seqs(journal)).toEqual([1, 1, 1, 1]);
    expect((await fsp.readdir(dir)).sort()).toEqual(['journal.1.log', 'mongod.lock']);
    await store.close();
  });

  it('leaves a lock alone on close when another process has since taken it', async () => {
    const dir = await tempDir();
    const { store } = await DurableStore.open(dir);
    await fsp.writeFile(join(dir, 'mongod.lock'), '12345\n');
    await store.close();
    expect(await fsp.readFile(join(dir, 'mongod.lock'), 'utf8')).toBe('12345\n');
  });
});
