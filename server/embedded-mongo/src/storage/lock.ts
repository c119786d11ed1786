import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, removeIfPresent } from './layout.js';

/** Thrown when another live process (or this one) already holds a data folder's lock. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Datamappen ${dir} används redan av process ${pid} / ` +
        `The data folder ${dir} is already in use by process ${pid}: ` +
        'stop that process or choose another LYFTA_DATA_DIR',
    );
    this.name = 'DataDirLockedError';
  }
}

/** A held data-folder lock. */
export interface DirLock {
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/**
 * Folders locked by this process. The pid in the file cannot tell them apart from a stale lock
 * left by an earlier process that had the same pid (pid 1 in every container start).
 */
const heldHere = new Set<string>();

const TAKEOVER_ATTEMPTS = 5;

/** Takes the lock of an absolute data-folder path, taking over a lock left by a dead process. */
export async function acquireDirLock(dir: string): Promise<DirLock> {
  if (heldHere.has(dir)) throw new DataDirLockedError(dir, process.pid);
  const lockPath = join(dir, LOCK_FILE);
  const content = `${process.pid}\n`;
  for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
    if (await createExclusively(lockPath, content)) {
      heldHere.add(dir);
      return { release: () => release(dir, lockPath, content) };
    }
    const seen = await readIfPresent(lockPath);
    if (seen === undefined) continue; // released between our attempt and the read
    const holder = parsePid(seen);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
      throw new DataDirLockedError(dir, holder);
    }
    await takeOverStale(lockPath, seen);
  }
  throw new Error(`Could not take the lock ${lockPath}: other processes keep changing it`);
}

/**
 * Creates the lock file with its content in one step: written to a private name first and then
 * hard-linked, so no other process ever sees an empty lock file (which would look stale).
 */
async function createExclusively(lockPath: string, content: string): Promise<boolean> {
  const privatePath = `${lockPath}.${process.pid}.new`;
  await fsp.writeFile(privatePath, content);
  try {
    await fsp.link(privatePath, lockPath);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    // File systems without hard links: exclusive create is the next best thing.
    try {
      await fsp.writeFile(lockPath, content, { flag: 'wx' });
      return true;
    } catch (createErr) {
      if ((createErr as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw createErr;
    }
  } finally {
    await removeIfPresent(privatePath);
  }
}

/**
 * Moves a stale lock aside. The rename is atomic, so if two processes race to take over, the
 * loser notices it moved a fresh lock instead of the stale one and puts it back.
 */
async function takeOverStale(lockPath: string, staleContent: string): Promise<void> {
  const asidePath = `${lockPath}.${process.pid}.stale`;
  try {
    await fsp.rename(lockPath, asidePath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = await readIfPresent(asidePath);
  if (moved !== undefined && moved !== staleContent) {
    try {
      await fsp.link(asidePath, lockPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  await removeIfPresent(asidePath);
}

async function release(dir: string, lockPath: string, content: string): Promise<void> {
  heldHere.delete(dir);
  if ((await readIfPresent(lockPath)) === content) await removeIfPresent(lockPath);
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function parsePid(content: string): number | undefined {
  const pid = Number.parseInt(content.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** Signal 0 checks for existence only; EPERM means the process exists but belongs to someone else. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
